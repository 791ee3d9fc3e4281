using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Yearly;

/// <summary>The year's target declarations (docs/domain-rules.md#targets): the whole (or one department) and each department.</summary>
public sealed record TargetYearFigures(TargetFigures Total, IReadOnlyList<TargetFigures> Departments);

/// <summary>The figures of a group's declarations.</summary>
/// <param name="Key">The department id; "all" for the whole.</param>
/// <param name="ByStatus">Declarations by status (Draft … Approved).</param>
/// <param name="ReviewGrades">Approved declarations by the finance bureau's review grade.</param>
/// <param name="Lights">Approved declarations by their latest monitoring light; "NotReported" without a report.</param>
public sealed record TargetFigures(
    string Key,
    int Declarations,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ReviewGrades,
    AdjustmentFigures Adjustments,
    IReadOnlyDictionary<string, int> Lights);

/// <summary>Adjustments asked for, and how many were approved, rejected or are waiting.</summary>
public sealed record AdjustmentFigures(int Requested, int Approved, int Rejected, int Pending);

/// <summary>
/// One row of the declarations' count: the declarations of a department with the same status, grade and light, and
/// their adjustments.
/// </summary>
public sealed record TargetTally(
    string DepartmentId,
    string Status,
    string? Grade,
    string? Light,
    int Declarations,
    int Adjustments,
    int ApprovedAdjustments,
    int RejectedAdjustments);

/// <summary>Adds the declarations' rows up into the year's target figures.</summary>
public static class TargetAggregation
{
    public const string NotReported = "NotReported";

    public static TargetYearFigures From(IReadOnlyCollection<TargetTally> rows) => new(
        Group("all", rows),
        [.. rows.GroupBy(r => r.DepartmentId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, [.. g]))]);

    /// <summary>The row of one declaration, as the platform's count groups them.</summary>
    public static TargetTally Of(TargetDeclaration d) => new(
        d.DepartmentId,
        d.Status.ToString(),
        d.ReviewGrade,
        d.Light?.ToString(),
        1,
        d.Adjustments.Count,
        d.Adjustments.Count(a => a.Status == AdjustmentStatus.Approved),
        d.Adjustments.Count(a => a.Status == AdjustmentStatus.Rejected));

    private static TargetFigures Group(string key, IReadOnlyCollection<TargetTally> rows)
    {
        var approved = rows.Where(r => r.Status == nameof(TargetStatus.Approved)).ToList();
        var requested = rows.Sum(r => r.Adjustments);
        var approvedAdjustments = rows.Sum(r => r.ApprovedAdjustments);
        var rejected = rows.Sum(r => r.RejectedAdjustments);
        return new TargetFigures(
            key,
            rows.Sum(r => r.Declarations),
            Count(rows, r => r.Status),
            Count(approved.Where(r => r.Grade is not null), r => r.Grade!),
            new AdjustmentFigures(requested, approvedAdjustments, rejected, requested - approvedAdjustments - rejected),
            Count(approved, r => r.Light ?? NotReported));
    }

    private static SortedDictionary<string, int> Count(IEnumerable<TargetTally> rows, Func<TargetTally, string> key) =>
        new(rows.GroupBy(key).ToDictionary(g => g.Key, g => g.Sum(r => r.Declarations)), StringComparer.Ordinal);
}
