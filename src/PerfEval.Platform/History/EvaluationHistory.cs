using JasperFx.Events;
using Marten;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.History;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;

namespace PerfEval.Platform.History;

/// <summary>
/// Reads a form's (or a target declaration's) audit history straight from its event stream: there is nothing here to edit, and no other copy
/// to drift from the facts.
/// </summary>
public sealed class EvaluationHistory(IDocumentStore store)
{
    /// <summary>The form's events in stream order; null when the stream does not exist.</summary>
    public async Task<IReadOnlyList<IEvent>?> EventsAsync(Guid evaluationId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(evaluationId, token: ct);
        return events.Count == 0 ? null : events;
    }

    public static HistoryEntry Entry(IEvent e)
    {
        var summary = EventSummaries.Of(e.Data);
        return new HistoryEntry(
            e.Version,
            e.Data.GetType().Name,
            summary.Zh,
            summary.En,
            e.Data,
            Header(e, EventHeaders.ActorId) ?? e.UserName,
            Header(e, EventHeaders.ActorName),
            e.UserName,
            e.Timestamp,
            e.CorrelationId,
            e.CausationId,
            e.Id);
    }

    /// <summary>The form as it stood at <paramref name="asOf"/>: the events recorded until then, folded by the domain.</summary>
    public static Evaluation? StateAsOf(IReadOnlyList<IEvent> events, DateTimeOffset asOf) =>
        StateAsOf(events, asOf, (until, times) => EvaluationReplay.Fold(until) is { } state
            ? state with { Version = times.Version, CreatedAt = times.Created, UpdatedAt = times.Updated }
            : null);

    /// <summary>A target declaration as it stood at <paramref name="asOf"/>, folded by the domain.</summary>
    public static TargetDeclaration? TargetsAsOf(IReadOnlyList<IEvent> events, DateTimeOffset asOf) =>
        StateAsOf(events, asOf, (until, times) => until.Aggregate((TargetDeclaration?)null, TargetEvolution.Evolve) is { } state
            ? state with { Version = times.Version, CreatedAt = times.Created, UpdatedAt = times.Updated }
            : null);

    /// <summary>The stream's events recorded until <paramref name="asOf"/>, folded; null before the stream existed.</summary>
    private static T? StateAsOf<T>(
        IReadOnlyList<IEvent> events, DateTimeOffset asOf, Func<IEnumerable<object>, StreamTimes, T?> fold)
        where T : class
    {
        var until = events.TakeWhile(e => e.Timestamp <= asOf).ToList();
        return until.Count == 0
            ? null
            : fold(until.Select(e => e.Data), new StreamTimes(until[^1].Version, until[0].Timestamp, until[^1].Timestamp));
    }

    /// <summary>The version and times of a stream up to a point: what its snapshot carries beside the fold.</summary>
    private readonly record struct StreamTimes(long Version, DateTimeOffset Created, DateTimeOffset Updated);

    private static string? Header(IEvent e, string name) =>
        e.Headers is { } headers && headers.TryGetValue(name, out var value) ? value?.ToString() : null;
}
