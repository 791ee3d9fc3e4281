using Microsoft.AspNetCore.Diagnostics;
using PerfEval.Platform.Health;

namespace PerfEval.Api.Http;

/// <summary>
/// Turns exceptions that reach the edge into problem details, never a stack trace: bad request bodies are 400,
/// concurrent writes 409, an unreachable database 503, anything else 500 with the correlation id to quote.
/// </summary>
public sealed class ExceptionProblems(ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var correlation = CorrelationMiddleware.Of(context);
        var result = exception switch
        {
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } bad => UnreadableJson(bad.StatusCode, json),
            BadHttpRequestException bad => Problems.Create(
                bad.StatusCode, Problems.CodeFor(bad.StatusCode),
                bad.StatusCode == 413 ? "The request body is larger than allowed." : bad.Message,
                bad.StatusCode == 413 ? "请求内容过大。" : "请求格式不正确。"),
            JasperFx.ConcurrencyException => Problems.Create(
                StatusCodes.Status409Conflict, "concurrency.conflict",
                "Another change to this form was saved at the same time. Read it again and retry.",
                "该自评表同时被其他操作修改，请刷新后重试。"),
            _ when IsDatabaseUnavailable(exception) => Problems.Create(
                StatusCodes.Status503ServiceUnavailable, "service.unavailable",
                "The database is not reachable at the moment. Retry shortly.", "数据库暂不可用，请稍后重试。"),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => Problems.Create(
                StatusCodes.Status500InternalServerError, "internal",
                $"An unexpected error occurred. Quote correlation id {correlation} when reporting it.",
                $"系统内部错误。报告问题时请提供编号 {correlation}。"),
        };

        if (result is null)
        {
            return true;
        }

        if (exception is BadHttpRequestException)
        {
            logger.LogInformation("Refused a malformed request: {Reason}", exception.Message);
        }
        else
        {
            logger.LogError(exception, "Request failed");
        }

        await result.ExecuteAsync(context);
        return true;
    }

    /// <summary>
    /// A JSON body that could not be read, said in the caller's language at the field it stopped on (its label, the
    /// path kept as the key of <c>errors</c>), never the serializer's own sentence.
    /// </summary>
    private static IResult UnreadableJson(int status, System.Text.Json.JsonException json)
    {
        var control = json.Message == ControlCharacters.Rule;
        var (zh, en) = control
            ? ("含有控制字符（制表符和换行以外），请删除。", "contains control characters (other than tab and line breaks); remove them.")
            : ("的值格式不正确（例如应为数字的地方填了文字）。", "is not in the expected format (e.g. text where a number belongs).");
        var path = json.Path is { Length: > 1 } p ? p[(p.StartsWith("$.", StringComparison.Ordinal) ? 2 : 1)..] : null;
        var label = path is null ? null : FieldLabels.For(path);
        var where = label ?? (json.LineNumber is { } line
            ? new FieldLabel($"第{line + 1}行第{json.BytePositionInLine + 1}个字符处", $"The value at line {line + 1}, position {json.BytePositionInLine + 1},")
            : new FieldLabel("请求内容", "The request body"));
        var fields = path is null ? null : new List<Problems.FieldJson> { new(path, label?.Text, Language.Pick(where.Zh + zh, $"{where.En} {en}")) };
        var extra = new Dictionary<string, object?>();
        if (fields is not null)
        {
            extra["errors"] = fields.ToDictionary(f => f.Path, f => new[] { f.Message });
            extra["fields"] = fields;
        }

        return Problems.Create(
            status, Problems.CodeFor(status), $"The JSON body could not be read: {where.En} {en}", $"请求内容无法读取：{where.Zh}{zh}", extra);
    }

    private static bool IsDatabaseUnavailable(Exception exception) => DatabaseOutage.IsCause(exception);
}
