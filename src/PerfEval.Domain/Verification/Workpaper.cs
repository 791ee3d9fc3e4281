using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Verification;

/// <summary>
/// The re-check workpaper (复核底稿) of one form (docs/domain-rules.md#re-check): a row for the execution line and one
/// per indicator, in the columns reviewers use, then the totals and the deviation. Pure; the workbook is written apart.
/// </summary>
public sealed record Workpaper(
    Guid EvaluationId,
    string ProjectName,
    string UnitId,
    string UnitName,
    string DepartmentId,
    int FiscalYear,
    IReadOnlyList<WorkpaperRow> Rows,
    WorkpaperRow Totals,
    RecheckFigures Figures);

/// <summary>
/// One row: 指标 (level-1 / level-2 / name), 指标值, 分值, 自评完成值, 自评得分, 复核完成值, 复核得分, 偏差 (self − verified),
/// 复核口径 (code and title), 备注. A cell not re-checked has the self score as its verified score and no clause.
/// </summary>
public sealed record WorkpaperRow(
    string Path,
    string Indicator,
    string Target,
    decimal Weight,
    string SelfActual,
    decimal? SelfScore,
    string? VerifiedActual,
    decimal? VerifiedScore,
    decimal Difference,
    string? Clause,
    string? Remark,
    int EvidenceCount);

public static class Workpapers
{
    public static Workpaper Of(Evaluation evaluation, ScoringProfile profile)
    {
        var form = evaluation.Form;
        var rows = new List<WorkpaperRow>(form.Indicators.Count + 1)
        {
            Row(evaluation, ScoreTarget.Execution, "预算执行率", Rate(form.Funds.Total.FullYearBudget, null),
                Rate(form.Funds.Total.Executed, form.Funds.Total.ClaimedRate), form.Funds.Weight),
        };
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var row = form.Indicators[i];
            rows.Add(Row(evaluation, ScoreTarget.Indicator(i), $"{row.Level1} / {row.Level2} / {row.Name}", row.Target, row.Actual, row.Weight));
        }

        var figures = Deviation.Of(evaluation, profile);
        var totals = new WorkpaperRow(
            "total", "合计", "", rows.Sum(r => r.Weight), "", rows.Sum(r => r.SelfScore ?? 0m), null, figures.VerifiedTotal,
            rows.Sum(r => r.Difference), null,
            figures.Deviation is { } d ? FormattableString.Invariant($"偏离度 {d * 100m:0.##}%，自评质量 {figures.Quality}") : "未复核", 0);
        return new Workpaper(evaluation.Id, evaluation.ProjectName, evaluation.UnitId, form.Header.ImplementingUnit, evaluation.DepartmentId, evaluation.FiscalYear, rows, totals, figures);
    }

    private static WorkpaperRow Row(Evaluation evaluation, ScoreTarget target, string name, string goal, string actual, decimal weight)
    {
        var self = ReviewFigures.ClaimedScoreOf(evaluation, target);
        var entry = evaluation.Rechecks.LastOrDefault(r => r.Target == target);
        var verified = entry?.VerifiedScore ?? self;
        return new WorkpaperRow(
            target.Path,
            name,
            goal,
            weight,
            actual,
            self,
            entry?.VerifiedActual,
            verified,
            (self ?? 0m) - (verified ?? 0m),
            entry is null ? null : entry.ClauseCode is null ? "审核调整" : $"{entry.ClauseCode} {entry.ClauseTitle}",
            entry?.Remark,
            entry?.EvidenceIds.Count ?? 0);
    }

    private static string Rate(decimal? amount, decimal? rate) =>
        (amount, rate) switch
        {
            ({ } a, { } r) => FormattableString.Invariant($"{a:0.##} 万元（{r:0.##}%）"),
            ({ } a, null) => FormattableString.Invariant($"{a:0.##} 万元"),
            _ => "",
        };
}
