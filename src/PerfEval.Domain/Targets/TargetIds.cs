using PerfEval.Domain.Common;

namespace PerfEval.Domain.Targets;

/// <summary>
/// A declaration's stream id is derived from its unit, year and project: there is one declaration per project and
/// year, a second one is refused, and a self-evaluation finds the targets of its project without a search.
/// </summary>
public static class TargetIds
{
    public static Guid For(string unitId, int fiscalYear, string projectName) =>
        DeterministicGuid.From($"targets:{unitId}:{fiscalYear}:{Normalize(projectName)}");

    /// <summary>The project's name as compared: without whitespace, so a wrapped cell names the same project.</summary>
    public static string Normalize(string projectName) =>
        string.Concat(projectName.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The review task of a declaration's submission, or of one of its adjustments.</summary>
    public static Guid TaskFor(Guid targetId, string what) => DeterministicGuid.From($"target-task:{targetId:N}:{what}");
}
