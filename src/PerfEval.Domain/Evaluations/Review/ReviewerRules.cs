namespace PerfEval.Domain.Evaluations.Review;

/// <summary>
/// Who may act on a review task, whatever document it reviews (docs/domain-rules.md#who-may-do-what): a reviewer of
/// the document's department, never of its own unit, and for everything but claiming, the one holding the task.
/// </summary>
public static class ReviewerRules
{
    public static DomainError? MayReview(Actor actor, string unitId, string departmentId)
    {
        if (!actor.ReviewsDepartment(departmentId))
        {
            return ReviewErrors.NotDepartmentReviewer;
        }

        return actor.UnitId is not null && actor.UnitId == unitId ? ReviewErrors.OwnUnit : null;
    }

    /// <summary>The actor holds <paramref name="task"/>: claimed, and by them.</summary>
    public static DomainError? Holds(Actor actor, ReviewTaskRef? task) =>
        task is { Status: ReviewTaskStatus.Claimed } t && t.AssigneeId == actor.Id ? null : ReviewErrors.NotTaskHolder;

    /// <summary>Whether the actor may claim the current task <paramref name="task"/> now (null: yes), or already has.</summary>
    public static Decision? Claimable(Actor actor, ReviewTaskRef? task, Guid taskId)
    {
        if (task is null || task.TaskId != taskId)
        {
            return ReviewErrors.TaskNotCurrent;
        }

        return task.Status switch
        {
            ReviewTaskStatus.Claimed when task.AssigneeId == actor.Id => Decision.AlreadyDone,
            ReviewTaskStatus.Claimed => ReviewErrors.TaskClaimed(task.AssigneeName),
            ReviewTaskStatus.Done => ReviewErrors.TaskDone,
            _ => null,
        };
    }

    /// <summary>Free text a reviewer must give (a comment, a reason): 1 to <paramref name="max"/> characters.</summary>
    public static DomainError? RequiredText(string? text, string field, int max) =>
        string.IsNullOrWhiteSpace(text) || text.Length > max
            ? ReviewErrors.Invalid(
                $"review.{field}_required", $"须填写 {field}（不超过 {max} 字）。",
                $"A {field} of 1 to {max} characters is required.")
            : null;

    /// <summary>The reasons of a revision request: 1 to <paramref name="maxReasons"/>, each within the text limit.</summary>
    public static (string[]? Reasons, DomainError? Error) Reasons(IReadOnlyList<string>? reasons, int maxReasons, int maxText)
    {
        var cleaned = (reasons ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToArray();
        return cleaned.Length == 0 || cleaned.Length > maxReasons || cleaned.Any(r => r.Length > maxText)
            ? (null, ReviewErrors.Invalid(
                "review.reasons_required", $"退回修改须说明原因（1 到 {maxReasons} 条，每条不超过 {maxText} 字）。",
                $"A revision request needs 1 to {maxReasons} reasons of at most {maxText} characters."))
            : (cleaned, null);
    }
}
