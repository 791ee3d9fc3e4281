using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;

namespace PerfEval.Cli.Output;

/// <summary>The shape of one form in <c>perfeval check --json</c>: the form's claims beside the rule engine's figures.</summary>
internal sealed record CheckJson(
    string ProjectName,
    int FiscalYear,
    string CompetentDepartment,
    string ImplementingUnit,
    string Profile,
    decimal? ClaimedTotal,
    decimal ComputedTotal,
    string? ClaimedGrade,
    string ComputedGrade,
    ExecutionJson Execution,
    IReadOnlyList<IndicatorJson> Indicators,
    IReadOnlyList<Finding> Findings)
{
    /// <summary>project or departmentWide (部门整体支出绩效自评表).</summary>
    public FormKind Kind { get; init; }

    /// <summary>The department's figures of a department-wide form.</summary>
    public DepartmentFacts? Department { get; init; }

    /// <summary>The layout family the form was read in (shanghai, central, sichuan, hubei, department-wide, platform).</summary>
    public string? Layout { get; init; }

    /// <summary>Where the form lies in the document, e.g. "lines 12–88".</summary>
    public string? Location { get; init; }

    /// <summary>What the reader noticed (IMPORT_* codes), beside the scoring's findings.</summary>
    public IReadOnlyList<Finding> ImportFindings { get; init; } = [];

    public static CheckJson From(EvaluationForm form, Scorecard card, FormOutcome? outcome) => From(form, card) with
    {
        Layout = outcome?.Layout,
        Location = outcome?.Location,
        ImportFindings = outcome?.Findings ?? [],
    };

    public static CheckJson From(EvaluationForm form, Scorecard card) => new CheckJson(
        form.Header.ProjectName,
        form.Header.FiscalYear,
        form.Header.CompetentDepartment,
        form.Header.ImplementingUnit,
        card.ProfileName,
        card.ClaimedTotal,
        card.ComputedTotal,
        card.ClaimedGrade,
        card.ComputedGrade,
        new ExecutionJson(card.Execution.FullYearBudget, card.Execution.Executed, card.Execution.Rate, card.Execution.ClaimedRate, card.Execution.Weight, card.Execution.ClaimedScore, card.Execution.ComputedScore),
        card.Indicators.Select(i => new IndicatorJson(
            i.Index, i.Level1, i.Level2, i.Name, form.Indicators[i.Index].Target, form.Indicators[i.Index].Actual, i.Method, i.Weight,
            i.ClaimedScore, i.RuleScore, i.Band, i.Tier, i.ComputedScore)).ToList(),
        card.Findings)
    {
        Kind = form.Kind,
        Department = form.Department,
    };
}

internal sealed record ExecutionJson(decimal? FullYearBudget, decimal? Executed, decimal? Rate, decimal? ClaimedRate, decimal Weight, decimal? ClaimedScore, decimal ComputedScore);

internal sealed record IndicatorJson(
    int Index, string Level1, string Level2, string Name, string Target, string Actual, IndicatorMethod Method, decimal Weight,
    decimal? ClaimedScore, decimal? RuleScore, ScoreBand? Band, AchievementTier? Tier, decimal ComputedScore);
