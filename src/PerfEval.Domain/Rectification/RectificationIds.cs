using PerfEval.Domain.Common;

namespace PerfEval.Domain.Rectification;

/// <summary>The ids of a notice's review tasks: one per answer, derived from the notice and the round.</summary>
public static class RectificationIds
{
    public static Guid TaskFor(Guid rectificationId, int round) =>
        DeterministicGuid.From($"rectification-task:{rectificationId:N}:{round}");
}
