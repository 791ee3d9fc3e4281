namespace PerfEval.Domain.Yearly;

/// <summary>
/// The year's picture of the projects' forms: the whole (or one department), each department and each unit; the year's
/// target declarations (<paramref name="Targets"/>: read beside the forms' tallies, null only where not read); and each
/// department's department-wide form (<paramref name="DepartmentWide"/>, 部门整体支出绩效自评表: listed apart, not added
/// into the projects' figures; null only where not read).
/// </summary>
public sealed record YearlyFigures(
    int FiscalYear,
    string? DepartmentId,
    GroupFigures Total,
    IReadOnlyList<GroupFigures> Departments,
    IReadOnlyList<GroupFigures> Units,
    TargetYearFigures? Targets = null,
    IReadOnlyList<FormFiguresRow>? DepartmentWide = null);

/// <summary>The figures of a group of forms (all, a department's or a unit's).</summary>
/// <param name="Key">The department or unit id; "all" for the whole.</param>
/// <param name="DepartmentId">The department of a unit's group (a unit reports to one department).</param>
public sealed record GroupFigures(
    string Key,
    string? DepartmentId,
    int Forms,
    IReadOnlyDictionary<string, int> ByStatus,
    BudgetFigures Budget,
    ScoreAverages Averages,
    IReadOnlyDictionary<string, int> ComputedGrades,
    IReadOnlyDictionary<string, int> FinalGrades,
    IReadOnlyDictionary<string, int> FindingsByCode,
    IReadOnlyList<IndicatorCount> IndicatorsMostOftenBelowWeight,
    ReviewerWorkload Workload,
    DeviationFigures? Deviation = null);

/// <summary>
/// The deviation (偏离度) of a group's re-checked forms (those with at least one re-check entry): Σ|self − verified| ÷
/// Σ weights, a share, and its self-evaluation quality (自评质量); absent while no form of the group is re-checked.
/// </summary>
public sealed record DeviationFigures(int Forms, decimal AbsoluteDifference, decimal Weights, decimal Deviation, string Quality);

/// <summary>Sums of the funds' total rows (万元) and the execution rate executed ÷ full-year budget, in percent.</summary>
public sealed record BudgetFigures(decimal Initial, decimal FullYear, decimal Executed, decimal? ExecutionRate);

/// <summary>Means over the forms that have the figure (claimed: printed total; computed: the rules'; final: approved).</summary>
public sealed record ScoreAverages(decimal? Claimed, decimal? Computed, decimal? Final);

public sealed record IndicatorCount(string Name, int Forms);

/// <summary>Review tasks of the group's latest submissions: open, claimed, and of those not done, overdue.</summary>
public sealed record ReviewerWorkload(int Open, int Claimed, int Overdue);
