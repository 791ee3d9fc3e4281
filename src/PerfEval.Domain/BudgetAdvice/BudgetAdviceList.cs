using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Rectification;

namespace PerfEval.Domain.BudgetAdvice;

/// <summary>One approved project's row of the year's budget advice, names beside ids.</summary>
/// <param name="Budget">The project's 全年预算数 (万元), when the form gives it.</param>
/// <param name="ReferenceAmount">The budget the advice points to: the same for 优先保障 and 维持, less the share for 压减, 0 for 取消或暂停.</param>
public sealed record BudgetAdviceRow(
    Guid EvaluationId,
    string ProjectName,
    string UnitId,
    string UnitName,
    string DepartmentId,
    string DepartmentName,
    decimal? Budget,
    decimal? FinalTotal,
    string? FinalGrade,
    decimal? Deviation,
    RectificationState Rectification,
    ComputedAdvice Computed,
    AdviceOverride? Override,
    AdviceKind Advice,
    decimal? CutPercent,
    string AdviceLabel,
    decimal? ReferenceAmount);

/// <summary>
/// The year's advice list (docs/domain-rules.md#budget-advice): every approved or published project's form, its computed
/// advice and the manager's override in force. The department-wide form advises no project's budget and is left out. Pure: the forms, the year's rectification notices and today come in.
/// </summary>
public static class BudgetAdviceList
{
    public static IReadOnlyList<BudgetAdviceRow> Rows(
        IEnumerable<Evaluation> forms, IReadOnlyList<RectificationNotice> notices, DateOnly today, BudgetAdviceSettings settings) =>
        [.. forms
            .Where(f => f.Status is EvaluationStatus.Approved or EvaluationStatus.Published && f.Form.Kind == FormKind.Project)
            .Select(f => Row(f, notices, today, settings))
            .OrderBy(r => r.DepartmentName, StringComparer.Ordinal)
            .ThenBy(r => r.UnitName, StringComparer.Ordinal)
            .ThenBy(r => r.ProjectName, StringComparer.Ordinal)
            .ThenBy(r => r.EvaluationId)];

    public static BudgetAdviceRow Row(Evaluation form, IReadOnlyList<RectificationNotice> notices, DateOnly today, BudgetAdviceSettings settings)
    {
        var deviation = form.Rechecks.Count == 0 ? null : form.RecheckFigures.Deviation;
        var computed = AdviceRules.Compute(new AdviceInput(form.FinalGrade, deviation, StateOf(form, notices, today)), settings);
        var advice = form.AdviceOverride?.Advice ?? computed.Kind;
        var cut = form.AdviceOverride is { } o ? o.CutPercent : computed.CutPercent;
        var budget = form.Form.Funds.Total.FullYearBudget ?? form.Form.Funds.Total.InitialBudget;
        return new BudgetAdviceRow(
            form.Id, form.ProjectName, form.UnitId, form.Form.Header.ImplementingUnit, form.DepartmentId,
            form.Form.Header.CompetentDepartment, budget, form.FinalTotal, form.FinalGrade, deviation, StateOf(form, notices, today),
            computed, form.AdviceOverride, advice, cut, AdviceKinds.Label(advice, cut), Reference(budget, advice, cut));
    }

    /// <summary>
    /// BA-RECTIFICATION's input: the notices about the form, and those about its unit as a whole in the form's year.
    /// Overdue wins over open, open over completed.
    /// </summary>
    public static RectificationState StateOf(Evaluation form, IReadOnlyList<RectificationNotice> notices, DateOnly today)
    {
        var mine = notices.Where(n => n.EvaluationId == form.Id
                                      || (n.EvaluationId is null && n.UnitId == form.UnitId && n.FiscalYear == form.FiscalYear)).ToList();
        if (mine.Count == 0)
        {
            return RectificationState.None;
        }

        if (mine.Any(n => RectificationDeadline.IsOverdue(n, today)))
        {
            return RectificationState.Overdue;
        }

        return mine.Any(n => n.IsOpen) ? RectificationState.Open : RectificationState.Completed;
    }

    public static string RectificationZh(RectificationState state) => state switch
    {
        RectificationState.None => "无",
        RectificationState.Completed => "整改完成",
        RectificationState.Open => "整改中",
        _ => "整改逾期",
    };

    private static decimal? Reference(decimal? budget, AdviceKind advice, decimal? cutPercent) => budget is not { } b
        ? null
        : advice switch
        {
            AdviceKind.CancelOrSuspend => 0m,
            AdviceKind.Cut => Math.Round(b * (1m - ((cutPercent ?? 0m) / 100m)), 2, MidpointRounding.AwayFromZero),
            _ => b,
        };
}
