namespace PerfEval.Api.Http;

/// <summary>The stored first answer to a request sent with an Idempotency-Key, replayed for repeats of that key.</summary>
public sealed record IdempotencyRecord
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>SHA-256 of the first request's body; a repeat with another body is refused.</summary>
    public string? RequestFingerprint { get; init; }
    public bool Completed { get; init; }
    public int StatusCode { get; init; }
    public string? ContentType { get; init; }
    public string? Body { get; init; }
    public string? ETag { get; init; }
    public string? Location { get; init; }
}
