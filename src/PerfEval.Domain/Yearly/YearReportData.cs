using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Yearly;

/// <summary>
/// The year-end aggregate report's content (docs/architecture.md#jobs): the year's figures, one row per project's form, the
/// findings per form and code, the figures by department, the target declarations by department, and the departments'
/// department-wide forms (部门整体支出绩效自评表). The same data is written as .xlsx and as JSON.
/// </summary>
public sealed record YearReportData(
    int FiscalYear,
    DateTimeOffset GeneratedAt,
    GroupFigures Summary,
    IReadOnlyList<FormFiguresRow> Forms,
    IReadOnlyList<YearReportFindingRow> Findings,
    IReadOnlyList<GroupFigures> ByDepartment,
    TargetYearFigures? Targets = null,
    IReadOnlyList<FormFiguresRow>? DepartmentWide = null)
{
    /// <param name="figures">The year's figures, from the running tallies.</param>
    public static YearReportData From(
        int fiscalYear, IReadOnlyCollection<YearlyFormFacts> facts, YearlyFigures figures, DateTimeOffset generatedAt)
    {
        var ordered = facts
            .OrderBy(f => f.DepartmentId, StringComparer.Ordinal)
            .ThenBy(f => f.UnitId, StringComparer.Ordinal)
            .ThenBy(f => f.ProjectName, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .ToList();
        return new YearReportData(
            fiscalYear,
            generatedAt,
            figures.Total,
            ordered.Where(f => f.Kind == FormKind.Project).Select(FormFiguresRow.Of).ToList(),
            ordered.SelectMany(f => f.FindingCodes
                    .GroupBy(code => code)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new YearReportFindingRow(f.Id, f.ProjectName, f.UnitId, f.DepartmentId, g.Key, g.Count())))
                .ToList(),
            figures.Departments,
            figures.Targets,
            YearlyAggregation.DepartmentWideRows(facts));
    }
}

/// <summary>One form's figures as the year's lists show them.</summary>
public sealed record FormFiguresRow(
    Guid EvaluationId,
    string DepartmentId,
    string UnitId,
    string ProjectName,
    string Status,
    decimal? InitialBudget,
    decimal? FullYearBudget,
    decimal? Executed,
    decimal? ClaimedTotal,
    string? ClaimedGrade,
    decimal? ComputedTotal,
    string? ComputedGrade,
    decimal? FinalTotal,
    string? FinalGrade,
    int Findings)
{
    public static FormFiguresRow Of(YearlyFormFacts f) => new(
        f.Id, f.DepartmentId, f.UnitId, f.ProjectName, f.Status.ToString(), f.InitialBudget, f.FullYearBudget, f.Executed,
        f.ClaimedTotal, f.ClaimedGrade, f.ComputedTotal, f.ComputedGrade, f.FinalTotal, f.FinalGrade, f.FindingCodes.Count);
}

public sealed record YearReportFindingRow(
    Guid EvaluationId, string ProjectName, string UnitId, string DepartmentId, string Code, int Count);
