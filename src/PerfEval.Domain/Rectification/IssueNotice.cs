using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// RECT-ISSUE (docs/domain-rules.md#rectification): a reviewer of the unit's department (never of the unit itself) or a
/// manager issues a notice about a submitted form or about a unit: 1 to <see cref="MaxProblems"/> problems, each linked
/// at most to a finding the form has and to a cell the form's re-check recorded; what is required; a deadline after
/// today and within a year.
/// </summary>
public static class IssueNotice
{
    public const int MaxProblems = 20;
    public const int MaxText = ReviewDecisions.MaxTextLength;
    public const int MaxDeadlineDays = 366;

    public static Decision Decide(
        Guid id,
        Actor actor,
        RectificationSubject subject,
        IReadOnlyList<RectificationProblem>? problems,
        string? requirement,
        DateOnly? deadline,
        DateOnly today)
    {
        if (MayIssue(actor, subject) is { } refused)
        {
            return refused;
        }

        if (subject.EvaluationId is not null && subject.FormStatus is null or EvaluationStatus.Draft)
        {
            return RectificationErrors.FormNotSubmitted;
        }

        if (Problems(problems, subject) is { } invalid)
        {
            return invalid;
        }

        if (string.IsNullOrWhiteSpace(requirement) || requirement.Trim().Length > MaxText)
        {
            return RectificationErrors.Invalid(
                "requirement", $"须填写整改要求（不超过 {MaxText} 字）。", $"A requirement of 1 to {MaxText} characters is required.");
        }

        if (Deadline(deadline, today) is { } late)
        {
            return late;
        }

        return Decision.Accept(new RectificationIssued(
            id, subject.UnitId, subject.DepartmentId, subject.FiscalYear, subject.EvaluationId, subject.Name, subject.UnitName,
            [.. problems!.Select(p => new RectificationProblem(p.Description.Trim(), Blank(p.FindingCode), Blank(p.RecheckCell)))],
            requirement.Trim(), deadline!.Value, actor.Id, actor.Name, subject.FormKind));
    }

    /// <summary>Who may issue a notice to a unit: its department's reviewers (not its own) and managers.</summary>
    public static DomainError? MayIssue(Actor actor, RectificationSubject subject)
    {
        if (actor.IsManager)
        {
            return null;
        }

        if (!actor.ReviewsDepartment(subject.DepartmentId))
        {
            return RectificationErrors.MayNotIssue;
        }

        return actor.UnitId is not null && actor.UnitId == subject.UnitId ? RectificationErrors.OwnUnit : null;
    }

    /// <summary>A deadline (the notice's, or a new one on a return): after today, within a year of it.</summary>
    public static DomainError? Deadline(DateOnly? deadline, DateOnly today) =>
        deadline is { } d && d > today && d.DayNumber - today.DayNumber <= MaxDeadlineDays
            ? null
            : RectificationErrors.Invalid(
                "deadline", $"整改期限须晚于今天（{today:yyyy-MM-dd}），且不超过一年。",
                $"The deadline must be after today ({today:yyyy-MM-dd}) and within a year.");

    private static DomainError? Problems(IReadOnlyList<RectificationProblem>? problems, RectificationSubject subject)
    {
        if (problems is null || problems.Count == 0 || problems.Count > MaxProblems)
        {
            return RectificationErrors.Invalid(
                "problems", $"须列出 1 到 {MaxProblems} 个问题。", $"List 1 to {MaxProblems} problems.");
        }

        for (var i = 0; i < problems.Count; i++)
        {
            var p = problems[i];
            if (p is null || string.IsNullOrWhiteSpace(p.Description) || p.Description.Trim().Length > MaxText)
            {
                return RectificationErrors.Invalid(
                    "problems", $"第 {i + 1} 个问题须有说明（不超过 {MaxText} 字）。",
                    $"Problem {i + 1} needs a description of 1 to {MaxText} characters.") with
                { Field = $"problems[{i}].description" };
            }

            if (Blank(p.FindingCode) is { } code && !subject.FindingCodes.Contains(code))
            {
                return RectificationErrors.Invalid(
                    "problems", $"第 {i + 1} 个问题关联的审核发现“{code}”不在该自评表的发现问题中。",
                    $"Problem {i + 1} links finding '{code}', which the form does not have.") with
                { Field = $"problems[{i}].findingCode" };
            }

            if (Blank(p.RecheckCell) is { } cell && !subject.RecheckCells.Contains(cell))
            {
                return RectificationErrors.Invalid(
                    "problems", $"第 {i + 1} 个问题关联的复核单元格“{cell}”没有复核记录。",
                    $"Problem {i + 1} links re-check cell '{cell}', which the form's re-check has no entry for.") with
                { Field = $"problems[{i}].recheckCell" };
            }
        }

        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
