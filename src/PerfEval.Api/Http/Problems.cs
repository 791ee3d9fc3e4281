using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Http;

/// <summary>
/// The one mapper from refusals to RFC 7807 problem details. Every problem has a stable <c>code</c> (also in its
/// <c>type</c> URI), a <c>title</c> and <c>detail</c> in the caller's language (<see cref="Language"/>, from
/// Accept-Language; Chinese by default), <c>detailZh</c> always in Chinese, and, for validation, the failing fields:
/// <c>errors</c> by machine path and <c>fields</c> as {path, label, message} for people.
/// </summary>
public static class Problems
{
    private const string TypeBase = "https://perfeval.example/problems/";

    public static IResult From(DomainError error) => Create(
        error.Kind switch
        {
            ErrorKind.Invalid => StatusCodes.Status400BadRequest,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status409Conflict,
        },
        error.Code,
        error.MessageEn,
        error.Message,
        Extras(error));

    /// <summary>The cells a refusal names, and the field it is about (as a validation problem's <c>errors</c>).</summary>
    private static Dictionary<string, object?>? Extras(DomainError error)
    {
        var extra = new Dictionary<string, object?>();
        if (error.Cells is { } cells)
        {
            extra["cells"] = cells;
        }

        if (error.Field is { } field)
        {
            var fieldError = new FieldError(field, FieldLabels.For(field), error.Message, error.MessageEn);
            extra["errors"] = Errors([fieldError]);
            extra["fields"] = Fields([fieldError]);
        }

        return extra.Count > 0 ? extra : null;
    }

    /// <summary>
    /// A 400 validation problem from sentences by path, each in Chinese and English and naming its field (the rules'
    /// errors, e.g. CalendarValidation); the caller reads one language.
    /// </summary>
    public static IResult Validation(IEnumerable<KeyValuePair<string, (string Zh, string En)>> errors) => Validation(
        errors.Select(e => new FieldError(e.Key, FieldLabels.For(e.Key), e.Value.Zh, e.Value.En)).ToList());

    /// <summary>A 400 validation problem about one field, worded in both languages (the label is put first).</summary>
    public static IResult Invalid(string path, string zh, string en) => Validation([FieldError.Labelled(path, zh, en)]);

    /// <summary>A 400 validation problem: the value at <paramref name="path"/> is not an identifier (<see cref="Limits.IsIdentifier"/>).</summary>
    public static IResult InvalidIdentifier(string path) => Invalid(path, Limits.IdentifierRuleZh, Limits.IdentifierRule);

    /// <summary>A 400 validation problem listing each failing field with its label, in the caller's language.</summary>
    public static IResult Validation(IReadOnlyList<FieldError> fields) => Results.ValidationProblem(
        Errors(fields),
        detail: Language.Pick("提交的内容有误，请按下列各项修改。", "Some fields need correcting; see the list below."),
        type: TypeBase + "validation",
        title: Language.Pick("内容有误", "Validation failed"),
        extensions: new Dictionary<string, object?>
        {
            ["code"] = "validation",
            ["detailZh"] = "提交的内容有误，请按下列各项修改。",
            ["fields"] = Fields(fields),
        });

    private static Dictionary<string, string[]> Errors(IEnumerable<FieldError> fields) => fields
        .GroupBy(f => f.Path)
        .ToDictionary(g => g.Key, g => g.Select(f => f.Message).Distinct().ToArray());

    private static List<FieldJson> Fields(IEnumerable<FieldError> fields) => fields
        .Select(f => new FieldJson(f.Path, f.Label?.Text, f.Message))
        .DistinctBy(f => (f.Path, f.Message))
        .ToList();

    /// <summary>One failing field as a problem lists it for people.</summary>
    public sealed record FieldJson(string Path, string? Label, string Message);

    public static IResult StaleVersion(long? actual) => Create(
        StatusCodes.Status412PreconditionFailed,
        "precondition.stale_version",
        "The form has changed since you read it (If-Match does not match its current version). Read it again and retry.",
        "自评表已被修改，请刷新后重试。",
        actual is { } v ? new Dictionary<string, object?> { ["currentETag"] = ETags.For(v) } : null);

    public static IResult NotFound() => From(EvaluationErrors.NotFound);

    /// <summary>A problem with <paramref name="detail"/> (English) and <paramref name="detailZh"/> (Chinese); the caller reads one.</summary>
    public static IResult Create(
        int status, string code, string detail, string detailZh, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code, ["detailZh"] = detailZh };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return Results.Problem(
            statusCode: status,
            type: TypeBase + code,
            title: TitleFor(status),
            detail: Language.Pick(detailZh, detail),
            extensions: extensions);
    }

    /// <summary>
    /// Gives the problems the framework writes itself (no route, wrong method, unauthenticated) the code every
    /// problem carries.
    /// </summary>
    public static void AddMissingCode(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code"))
        {
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            var code = CodeFor(status);
            problem.Extensions["code"] = code;
            problem.Type = TypeBase + code;
            problem.Title = TitleFor(status);
            if (DetailFor(status) is { } detail)
            {
                problem.Detail = Language.Pick(detail.Zh, detail.En);
                problem.Extensions["detailZh"] = detail.Zh;
            }
        }
    }

    /// <summary>The code of a refusal known only by its status.</summary>
    public static string CodeFor(int status) => status switch
    {
        400 => "request.malformed",
        401 => "auth.unauthenticated",
        403 => "auth.forbidden",
        404 => "not_found",
        405 => "request.method_not_allowed",
        413 => "request.too_large",
        415 => "request.unsupported_media_type",
        431 => "request.headers_too_large",
        _ => $"http.{status}",
    };

    /// <summary>The words of a problem the framework writes itself, known only by its status.</summary>
    private static (string Zh, string En)? DetailFor(int status) => status switch
    {
        400 => ("请求格式不正确。", "The request is malformed."),
        401 => ("请先登录。", "Sign in first."),
        403 => ("没有权限执行此操作。", "You may not do this."),
        404 => ("找不到所请求的内容。", "Nothing was found at this address."),
        405 => ("此地址不支持该操作。", "This address does not accept this method."),
        413 => ("请求内容过大。", "The request body is larger than allowed."),
        415 => ("不支持的内容类型。", "This content type is not accepted."),
        431 => ("请求头过大。", "The request headers are too large."),
        _ => null,
    };

    private static string TitleFor(int status) => status switch
    {
        400 => Language.Pick("请求有误", "Bad request"),
        401 => Language.Pick("未登录", "Unauthorized"),
        403 => Language.Pick("无权操作", "Forbidden"),
        404 => Language.Pick("未找到", "Not found"),
        409 => Language.Pick("操作冲突", "Conflict"),
        412 => Language.Pick("内容已变化", "Precondition failed"),
        413 => Language.Pick("内容过大", "Payload too large"),
        415 => Language.Pick("不支持的内容类型", "Unsupported media type"),
        422 => Language.Pick("无法处理", "Unprocessable"),
        429 => Language.Pick("请求过于频繁", "Too many requests"),
        500 => Language.Pick("系统错误", "Internal error"),
        503 => Language.Pick("服务暂不可用", "Service unavailable"),
        _ => Language.Pick("错误", "Error"),
    };
}

/// <summary>
/// One failing field of a request: its machine path (the key clients may use), its label for people, and the
/// message in Chinese and English, each a whole sentence that names the field.
/// </summary>
public sealed record FieldError(string Path, FieldLabel? Label, string MessageZh, string MessageEn)
{
    public string Message => Language.Pick(MessageZh, MessageEn);

    /// <summary>A field error whose messages do not name the field: the label (when the path has one) goes first.</summary>
    public static FieldError Labelled(string path, string messageZh, string messageEn)
    {
        var label = FieldLabels.For(path);
        return label is null
            ? new FieldError(path, null, messageZh, messageEn)
            : new FieldError(path, label, $"{label.Zh}：{messageZh}", $"{label.En}: {messageEn}");
    }
}
