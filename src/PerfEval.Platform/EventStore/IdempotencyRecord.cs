using PerfEval.Domain.Common;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The answer to the first request sent with an Idempotency-Key, replayed for repeats of that key. Stored in the same
/// transaction as the events the request appended (<see cref="IdempotentWrite"/>), so it exists exactly when they do.
/// </summary>
public sealed record IdempotencyRecord
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>SHA-256 of the first request's body; a repeat with another body is refused.</summary>
    public string? RequestFingerprint { get; init; }

    /// <summary>The first answer's status; 0 in records an earlier version reserved before it had an answer.</summary>
    public int StatusCode { get; init; }
    public string? ContentType { get; init; }
    public string? Body { get; init; }
    public string? ETag { get; init; }
    public string? Location { get; init; }
}

/// <summary>
/// A command sent under an Idempotency-Key: the id its record has (or will have), and how to make the record from the
/// document's state after the command's events.
/// </summary>
public sealed record IdempotentWrite(string RecordId, Func<IVersioned, IdempotencyRecord> Record);
