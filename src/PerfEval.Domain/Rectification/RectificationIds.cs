using PerfEval.Domain.Common;

namespace PerfEval.Domain.Rectification;

/// <summary>The ids of a notice's review tasks: one per answer, derived from the notice and the round.</summary>
public static class RectificationIds
{
    public static Guid TaskFor(Guid rectificationId, int round) =>
        DeterministicGuid.From($"rectification-task:{rectificationId:N}:{round}");

    /// <summary>
    /// A notice's id when the request carried an Idempotency-Key: the same key of the same issuer names the same
    /// notice, so a repeated request finds the notice it made instead of issuing a second one.
    /// </summary>
    public static Guid ForKey(string issuerId, string idempotencyKey) =>
        DeterministicGuid.From($"rectification:{issuerId}:{idempotencyKey}");
}
