namespace PerfEval.Platform.Messaging;

public static class MessageHeaders
{
    /// <summary>The request's correlation id, carried from the HTTP request through the event into the message.</summary>
    public const string CorrelationId = "X-Correlation-Id";
}
