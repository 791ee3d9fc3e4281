using JasperFx.Events;
using Marten;
using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.History;
using PerfEval.Domain.Integrity;
using PerfEval.Domain.Rectification;
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

    /// <summary>The stream's chain recomputed from its stored events (docs/domain-rules.md#tamper-evident-trail).</summary>
    public static ChainReport Verify(Guid streamId, IReadOnlyList<IEvent> events) =>
        ChainVerification.Verify(
            streamId, events.Select(e => new StoredEvent(e.Version, e.Data, EventLinks.Of(e), e.Timestamp)).ToList());

    /// <summary>The form as it stood at <paramref name="asOf"/>: the events recorded until then, folded by the domain.</summary>
    public static Evaluation? StateAsOf(IReadOnlyList<IEvent> events, DateTimeOffset asOf) =>
        StateAsOf<Evaluation>(events, asOf, EvaluationEvolution.Evolve);

    /// <summary>A target declaration as it stood at <paramref name="asOf"/>, folded by the domain.</summary>
    public static TargetDeclaration? TargetsAsOf(IReadOnlyList<IEvent> events, DateTimeOffset asOf) =>
        StateAsOf<TargetDeclaration>(events, asOf, TargetEvolution.Evolve);

    /// <summary>A rectification notice as it stood at <paramref name="asOf"/>, folded by the domain.</summary>
    public static RectificationNotice? RectificationAsOf(IReadOnlyList<IEvent> events, DateTimeOffset asOf) =>
        StateAsOf<RectificationNotice>(events, asOf, RectificationEvolution.Evolve);

    /// <summary>The stream's events recorded until <paramref name="asOf"/>, folded; null before the stream existed.</summary>
    private static T? StateAsOf<T>(IReadOnlyList<IEvent> events, DateTimeOffset asOf, Func<T?, object, T?> evolve)
        where T : class, IStreamSnapshot<T>
    {
        var until = events.TakeWhile(e => e.Timestamp <= asOf).ToList();
        return until.Select(e => e.Data).Aggregate((T?)null, evolve)
            ?.AtVersion(until[^1].Version, until[0].Timestamp, until[^1].Timestamp, EventLinks.Of(until[^1]));
    }

    private static string? Header(IEvent e, string name) =>
        e.Headers is { } headers && headers.TryGetValue(name, out var value) ? value?.ToString() : null;
}
