using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.History;

namespace PerfEval.Domain.Integrity;

/// <summary>One event as the store holds it: version, data read back, the link stored with it (null: none), time.</summary>
public sealed record StoredEvent(long Version, object Data, string? Hash, DateTimeOffset At);

/// <summary>Why a link is broken.</summary>
public enum BreakReason
{
    /// <summary>The link recomputed from the stored data and the previous link differs from the stored one.</summary>
    HashMismatch,

    /// <summary>An event without a link after the stream's first chained event.</summary>
    MissingHash,

    /// <summary>The event does not follow the previous one (its version is not the next): an event is missing or moved.</summary>
    PreviousLinkMismatch,
}

/// <summary>The first broken link: where, what (type name and its summary), when, why.</summary>
public sealed record BrokenLink(
    long Version, string Type, string SummaryZh, string SummaryEn, DateTimeOffset At, BreakReason Reason);

/// <summary>
/// An approval and the chain head it recorded, beside the head recomputed just before it (null: the approval was
/// recorded before approvals kept a head; <see cref="Matches"/> is then null).
/// </summary>
public sealed record ApprovalCheck(long Version, string? ChainHead, string? Expected, bool? Matches);

/// <summary>The verdict on one stream.</summary>
/// <param name="Unchained">Events stored before the chain existed (no link), all at the start of the stream.</param>
/// <param name="ChainHead">The link recomputed for the last event (null: no event is chained).</param>
public sealed record ChainReport(
    bool Intact,
    int Events,
    int Unchained,
    string? ChainHead,
    BrokenLink? FirstBroken,
    IReadOnlyList<ApprovalCheck> Approvals);

/// <summary>
/// Recomputes a stream's chain from what is stored and names the first broken link (docs/domain-rules.md#tamper-evident-trail).
/// Events without a link at the start of the stream were written before the chain existed and are counted, not judged;
/// the first chained event links to the empty string, and every event after it must carry its link.
/// </summary>
public static class ChainVerification
{
    public static ChainReport Verify(Guid streamId, IReadOnlyList<StoredEvent> events)
    {
        string? head = null;
        var chained = false;
        var unchained = 0;
        long? previousVersion = null;
        BrokenLink? broken = null;
        var approvals = new List<ApprovalCheck>();
        foreach (var e in events)
        {
            if (broken is null && previousVersion is { } previous && e.Version != previous + 1)
            {
                broken = Broken(e, BreakReason.PreviousLinkMismatch);
            }

            previousVersion = e.Version;
            if (e.Data is EvaluationApproved approved)
            {
                approvals.Add(new ApprovalCheck(
                    e.Version, approved.ChainHead, head, approved.ChainHead is null ? null : approved.ChainHead == head));
            }

            if (e.Hash is null)
            {
                if (chained)
                {
                    broken ??= Broken(e, BreakReason.MissingHash);
                }
                else
                {
                    unchained++;
                }

                continue;
            }

            chained = true;
            var link = EventChain.Link(head, streamId, e.Version, e.Data);
            if (!string.Equals(link, e.Hash, StringComparison.Ordinal))
            {
                broken ??= Broken(e, BreakReason.HashMismatch);
            }

            head = link;
        }

        var intact = broken is null && approvals.All(a => a.Matches != false);
        return new ChainReport(intact, events.Count, unchained, head, broken, approvals);
    }

    /// <summary>The reason's code in the API and the CLI, and its words in Chinese and English.</summary>
    public static (string Code, string Zh, string En) Describe(BreakReason reason) => reason switch
    {
        BreakReason.HashMismatch => ("hash mismatch", "哈希值不符（内容或哈希被改动）", "hash mismatch (the data or its hash was changed)"),
        BreakReason.MissingHash => ("missing hash", "缺少哈希值", "missing hash"),
        _ => ("previous link mismatch", "与前一条记录衔接不上（有记录缺失或被移动）", "previous link mismatch (an event is missing or moved)"),
    };

    private static BrokenLink Broken(StoredEvent e, BreakReason reason)
    {
        var summary = EventSummaries.Of(e.Data);
        return new BrokenLink(e.Version, e.Data.GetType().Name, summary.Zh, summary.En, e.At, reason);
    }
}
