using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Http;

/// <summary>
/// The one mapper from refusals to RFC 7807 problem details. Every problem has a stable <c>code</c> (also in its
/// <c>type</c> URI) and, for validation, the failing fields.
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
            extra["errors"] = new Dictionary<string, string[]> { [field] = [error.Message] };
        }

        return extra.Count > 0 ? extra : null;
    }

    public static IResult Validation(IDictionary<string, string[]> errors) => Results.ValidationProblem(
        errors,
        detail: "The request is not valid; see errors.",
        type: TypeBase + "validation",
        title: "Validation failed",
        extensions: new Dictionary<string, object?> { ["code"] = "validation" });

    public static IResult StaleVersion(long? actual) => Create(
        StatusCodes.Status412PreconditionFailed,
        "precondition.stale_version",
        "The form has changed since you read it (If-Match does not match its current version). Read it again and retry.",
        "自评表已被修改，请刷新后重试。",
        actual is { } v ? new Dictionary<string, object?> { ["currentETag"] = ETags.For(v) } : null);

    public static IResult NotFound() => From(EvaluationErrors.NotFound);

    public static IResult Create(
        int status, string code, string detail, string? detailZh = null, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (detailZh is not null)
        {
            extensions["detailZh"] = detailZh;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return Results.Problem(
            statusCode: status,
            type: TypeBase + code,
            title: TitleFor(status),
            detail: detail,
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
            var code = CodeFor(problem.Status ?? context.HttpContext.Response.StatusCode);
            problem.Extensions["code"] = code;
            problem.Type = TypeBase + code;
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

    private static string TitleFor(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        412 => "Precondition failed",
        413 => "Payload too large",
        415 => "Unsupported media type",
        503 => "Service unavailable",
        _ => "Error",
    };
}
