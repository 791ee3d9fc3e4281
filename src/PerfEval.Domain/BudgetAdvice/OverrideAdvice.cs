using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.BudgetAdvice;

/// <summary>
/// BA-OVERRIDE (docs/domain-rules.md#budget-advice): a manager overrides the advice of an approved (or published) form of
/// the year with a reason; a 压减 advice may carry its own share (1 to 100 %), else the settings'. Projects' forms only:
/// the department-wide form advises no project's budget and is not in the list, so it has no advice to override.
/// </summary>
public static class OverrideAdvice
{
    public static Decision Decide(
        Evaluation form, Actor actor, int year, AdviceKind computed, AdviceKind? advice, decimal? cutPercent, string? reason,
        BudgetAdviceSettings settings)
    {
        if (!actor.IsManager)
        {
            return ReviewErrors.OnlyManagers;
        }

        if (form.FiscalYear != year)
        {
            return new DomainError(ErrorKind.NotFound, "budget_advice.not_in_year",
                $"该自评表不属于 {year} 年度。", $"The form is not of {year}.");
        }

        if (form.Form.Kind != FormKind.Project)
        {
            return new DomainError(ErrorKind.Conflict, "budget_advice.not_a_project",
                "部门整体支出绩效自评表不对应某个项目的预算，没有预算安排建议。",
                "The department-wide form advises no project's budget: it has no budget advice.");
        }

        if (form.Status is not (EvaluationStatus.Approved or EvaluationStatus.Published))
        {
            return new DomainError(ErrorKind.Conflict, "budget_advice.not_approved",
                "只有审核通过或已公开的自评表有预算建议。", "Only approved or published forms have a budget advice.");
        }

        if (advice is not { } kind || !Enum.IsDefined(kind))
        {
            return Invalid("advice", "须选择预算建议：Priority（优先保障）、Maintain（维持）、Cut（压减）或 CancelOrSuspend（取消或暂停）。",
                "The advice must be Priority, Maintain, Cut or CancelOrSuspend.");
        }

        if (cutPercent is { } p && (kind != AdviceKind.Cut || p <= 0m || p > 100m))
        {
            return Invalid("cutPercent", "压减比例只用于“压减”，须在 0 到 100 之间（不含 0）。",
                "A cut share goes only with Cut, above 0 and at most 100.");
        }

        if (ReviewerRules.RequiredText(reason, "reason", ReviewDecisions.MaxTextLength) is { } missing)
        {
            return missing;
        }

        return Decision.Accept(new BudgetAdviceOverridden(
            form.Id, year, computed, kind, kind == AdviceKind.Cut ? cutPercent ?? settings.CutPercent : null, reason!.Trim(),
            actor.Id, actor.Name));
    }

    private static DomainError Invalid(string field, string message, string messageEn) =>
        new(ErrorKind.Invalid, $"budget_advice.{field}_invalid", message, messageEn) { Field = field };
}
