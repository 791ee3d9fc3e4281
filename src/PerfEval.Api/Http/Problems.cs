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
        error.Message);

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

    private static string TitleFor(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        412 => "Precondition failed",
        413 => "Payload too large",
        503 => "Service unavailable",
        _ => "Error",
    };
}
