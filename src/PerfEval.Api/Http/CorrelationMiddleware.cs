using System.Text.RegularExpressions;
using Serilog.Context;

namespace PerfEval.Api.Http;

/// <summary>
/// Gives every request a correlation id (the caller's X-Correlation-Id when well-formed, else a new one), echoes it
/// in the response, and puts it in the log context; writes carry it into the events' metadata.
/// </summary>
public sealed partial class CorrelationMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";
    private const string ItemKey = "perfeval.correlation-id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = ValidId().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.Items[ItemKey] = id;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }

    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var id) && id is string s ? s : context.TraceIdentifier;

    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{8,64}$")]
    private static partial Regex ValidId();
}
