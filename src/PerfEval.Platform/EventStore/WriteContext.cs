using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Integrity;

namespace PerfEval.Platform.EventStore;

/// <summary>Who writes, and the correlation that ties the write to the request, message or job that caused it.</summary>
public sealed record WriteContext(Actor Actor, string CorrelationId, string? CausationId = null)
{
    /// <summary>
    /// Set when the command must happen once however often it is sent (HTTP Idempotency-Key): a command whose record
    /// exists already is not decided again, and the record is stored with the command's events.
    /// </summary>
    public IdempotentWrite? Idempotency { get; init; }

    public static WriteContext ForSystem(string? correlationId, string? causationId) =>
        new(Actor.System, correlationId ?? Guid.NewGuid().ToString("N"), causationId);
}

/// <summary>Names of the event headers that carry the actor beside Marten's own metadata.</summary>
public static class EventHeaders
{
    public const string ActorId = "actor-id";
    public const string ActorName = "actor-name";

    /// <summary>
    /// On the events the submission intake appends: when the forwarder sent the submission's message, and when the
    /// intake's batch began (ISO 8601, UTC). With the events' own timestamps they split submit → task visible into
    /// its stages (deploy/local/benchmark.sh prints the breakdown).
    /// </summary>
    public const string MessageSentAt = "message-sent-at";
    public const string IntakeStartedAt = "intake-started-at";

    /// <summary>The event's link in its stream's chain (docs/domain-rules.md#tamper-evident-trail).</summary>
    public const string ChainHash = EventChain.Header;
}

