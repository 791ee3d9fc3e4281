using JasperFx.Events;
using Marten;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.History;
using PerfEval.Platform.EventStore;

namespace PerfEval.Platform.History;

/// <summary>
/// Reads a form's audit history straight from its event stream: there is nothing here to edit, and no other copy
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
    public static Evaluation? StateAsOf(IReadOnlyList<IEvent> events, DateTimeOffset asOf)
    {
        var until = events.TakeWhile(e => e.Timestamp <= asOf).ToList();
        var state = EvaluationReplay.Fold(until.Select(e => e.Data));
        return state is null
            ? null
            : state with { Version = until[^1].Version, CreatedAt = until[0].Timestamp, UpdatedAt = until[^1].Timestamp };
    }

    private static string? Header(IEvent e, string name) =>
        e.Headers is { } headers && headers.TryGetValue(name, out var value) ? value?.ToString() : null;
}
