using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// RECT-TASK (docs/domain-rules.md#rectification): the review task of an answer is claimed and released like any other
/// task of the queue: by a reviewer of the unit's department, never of the unit itself; one holder at a time.
/// </summary>
public static class RectificationTasks
{
    public static Decision Claim(RectificationNotice state, Actor actor, Guid taskId) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId)
        ?? ReviewerRules.Claimable(actor, state.CurrentTask, taskId)
        ?? Decision.Accept(new RectificationReviewClaimed(taskId, state.Id, actor.Id, actor.Name));

    public static Decision Release(RectificationNotice state, Actor actor, Guid taskId)
    {
        if (state.CurrentTask is not { } task || task.TaskId != taskId)
        {
            return ReviewErrors.TaskNotCurrent;
        }

        return Holds(state, actor) ?? Decision.Accept(new RectificationReviewReleased(taskId, state.Id, actor.Id));
    }

    /// <summary>The actor may decide on the answer: a reviewer of the department holding its task, the notice under review.</summary>
    public static DomainError? Decides(RectificationNotice state, Actor actor) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId)
        ?? (state.Status is RectificationStatus.Answered or RectificationStatus.InReview ? null : RectificationErrors.NotUnderReview(state.Status))
        ?? ReviewerRules.Holds(actor, state.CurrentTask);

    private static DomainError? Holds(RectificationNotice state, Actor actor) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId) ?? ReviewerRules.Holds(actor, state.CurrentTask);
}
