using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>Who writes, and the correlation that ties the write to the request, message or job that caused it.</summary>
public sealed record WriteContext(Actor Actor, string CorrelationId, string? CausationId = null)
{
    public static WriteContext ForSystem(string? correlationId, string? causationId) =>
        new(Actor.System, correlationId ?? Guid.NewGuid().ToString("N"), causationId);
}

/// <summary>Names of the event headers that carry the actor beside Marten's own metadata.</summary>
public static class EventHeaders
{
    public const string ActorId = "actor-id";
    public const string ActorName = "actor-name";
}
