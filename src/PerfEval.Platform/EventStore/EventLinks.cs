using JasperFx.Events;
using Marten;
using PerfEval.Domain.Integrity;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The chain on the write side (docs/domain-rules.md#tamper-evident-trail): each event appended to a form's (or a
/// target declaration's) stream is built here with its link in the <see cref="EventHeaders.ChainHash"/> header,
/// continuing from the stream's chain head kept in its inline snapshot, so appending needs no extra read.
/// </summary>
public static class EventLinks
{
    /// <summary>The link stored with <paramref name="e"/>; null when it has none (written before the chain).</summary>
    public static string? Of(IEvent e) =>
        e.Headers is { } headers && headers.TryGetValue(EventHeaders.ChainHash, out var value) ? value?.ToString() : null;

    /// <summary>
    /// <paramref name="events"/> built as events of stream <paramref name="streamId"/> at the versions after
    /// <paramref name="currentVersion"/>, each carrying its link after <paramref name="head"/>; returns the new head.
    /// </summary>
    public static IReadOnlyList<IEvent> Chain(
        IDocumentSession session, Guid streamId, long currentVersion, string? head, IEnumerable<object> events, out string? newHead)
    {
        var built = new List<IEvent>();
        var version = currentVersion;
        foreach (var data in events)
        {
            head = EventChain.Link(head, streamId, ++version, data);
            var e = session.Events.BuildEvent(data);
            e.SetHeader(EventHeaders.ChainHash, head);
            built.Add(e);
        }

        newHead = head;
        return built;
    }
}
