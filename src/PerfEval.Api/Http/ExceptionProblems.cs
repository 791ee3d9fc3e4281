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
            BadHttpRequestException bad => Problems.Create(
                bad.StatusCode, Problems.CodeFor(bad.StatusCode),
                bad.StatusCode == 413 ? "The request body is larger than allowed." : ExplainBadRequest(bad),
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
                "系统内部错误。"),
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

    private static string ExplainBadRequest(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json
            ? $"The JSON body could not be read: {json.Message}"
            : bad.Message;

    private static bool IsDatabaseUnavailable(Exception exception) => DatabaseOutage.IsCause(exception);
}
