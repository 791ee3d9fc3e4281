using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Disclosure;

/// <summary>
/// A published form as the public site shows it (docs/domain-rules.md#public-disclosure): its kind (a project's form or
/// the department-wide form, 部门整体支出绩效自评表), the cells of the official 自评表 with the final total and grade, less the fields the settings withhold (null, and left out of the answer).
/// Built only from the form's content and its final figures: comments, revision and rejection reasons, re-check
/// entries, findings, evidence and who acted are never read here, so they cannot reach the public.
/// </summary>
public sealed record PublicForm(
    Guid Id,
    int FiscalYear,
    string DepartmentId,
    string CompetentDepartment,
    string? ImplementingUnit,
    string ProjectName,
    FormKind Kind,
    PublicFunds Funds,
    PublicGoals Goals,
    IReadOnlyList<PublicIndicator> Indicators,
    decimal WeightsTotal,
    decimal? SelfTotal,
    decimal FinalTotal,
    string FinalGrade,
    IReadOnlyList<PublicFields.Field> HiddenFields)
{
    /// <summary>Only a form whose status is Published is public; anything else is as if it did not exist.</summary>
    public static bool IsPublic(Evaluation? evaluation) => evaluation is { Status: EvaluationStatus.Published };

    public static PublicForm Of(Evaluation evaluation, PublicSettings settings)
    {
        var form = evaluation.Form;
        string? Show(string key, string? value) => settings.Hides(key) ? null : value;
        decimal? Amount(string key, decimal? value) => settings.Hides(key) ? null : value;

        PublicFundsRow Row(FundsRow row) => new(
            Amount(PublicFields.InitialBudget, row.InitialBudget),
            Amount(PublicFields.FullYearBudget, row.FullYearBudget),
            Amount(PublicFields.Executed, row.Executed),
            Amount(PublicFields.ExecutionRate, row.ClaimedRate));

        return new PublicForm(
            evaluation.Id,
            evaluation.FiscalYear,
            evaluation.DepartmentId,
            form.Header.CompetentDepartment,
            Show(PublicFields.ImplementingUnit, form.Header.ImplementingUnit),
            form.Header.ProjectName,
            form.Kind,
            new PublicFunds(
                Row(form.Funds.Total), Row(form.Funds.CurrentAppropriation), Row(form.Funds.CarryOver), Row(form.Funds.Other),
                form.Funds.Weight, Amount(PublicFields.ExecutionScore, form.Funds.ClaimedScore)),
            new PublicGoals(Show(PublicFields.GoalsExpected, form.Goals.Expected), Show(PublicFields.GoalsActual, form.Goals.Actual)),
            [.. form.Indicators.Select(i => new PublicIndicator(
                i.Level1, i.Level2, i.Name,
                Show(PublicFields.IndicatorTarget, i.Target),
                Show(PublicFields.IndicatorActual, i.Actual),
                i.Weight,
                Amount(PublicFields.IndicatorScore, i.ClaimedScore),
                Show(PublicFields.DeviationReason, string.IsNullOrWhiteSpace(i.DeviationReason) ? null : i.DeviationReason)))],
            form.Funds.Weight + form.Indicators.Sum(i => i.Weight),
            Amount(PublicFields.SelfTotal, form.ClaimedTotal),
            evaluation.FinalTotal ?? evaluation.ReviewedTotal,
            evaluation.FinalGrade ?? evaluation.ReviewedGrade,
            PublicFields.Of(settings.HiddenFields));
    }
}

/// <summary>项目资金: the four rows, the execution weight and its self-assessed score.</summary>
public sealed record PublicFunds(
    PublicFundsRow Total, PublicFundsRow CurrentAppropriation, PublicFundsRow CarryOver, PublicFundsRow Other,
    decimal Weight, decimal? Score);

/// <summary>年初预算数, 全年预算数, 全年执行数, 执行率(%).</summary>
public sealed record PublicFundsRow(decimal? InitialBudget, decimal? FullYearBudget, decimal? Executed, decimal? Rate);

public sealed record PublicGoals(string? Expected, string? Actual);

/// <summary>One row of the indicator table: headings, name, target, actual, weight, the unit's score, the deviation reason.</summary>
public sealed record PublicIndicator(
    string Level1, string Level2, string Name, string? Target, string? Actual, decimal Weight, decimal? Score, string? DeviationReason);

/// <summary>A published form in the public list: who, what (a project's form or the department-wide form), and the final result.</summary>
public sealed record PublicFormSummary(
    Guid Id, int FiscalYear, string DepartmentId, string CompetentDepartment, string? ImplementingUnit, string ProjectName, FormKind Kind,
    decimal? FullYearBudget, decimal FinalTotal, string FinalGrade)
{
    public static PublicFormSummary Of(Evaluation evaluation, PublicSettings settings) => new(
        evaluation.Id,
        evaluation.FiscalYear,
        evaluation.DepartmentId,
        evaluation.Form.Header.CompetentDepartment,
        settings.Hides(PublicFields.ImplementingUnit) ? null : evaluation.Form.Header.ImplementingUnit,
        evaluation.Form.Header.ProjectName,
        evaluation.Form.Kind,
        settings.Hides(PublicFields.FullYearBudget) ? null : evaluation.Form.Funds.Total.FullYearBudget,
        evaluation.FinalTotal ?? evaluation.ReviewedTotal,
        evaluation.FinalGrade ?? evaluation.ReviewedGrade);
}
