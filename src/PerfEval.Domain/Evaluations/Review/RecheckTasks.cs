using PerfEval.Domain.Common;

namespace PerfEval.Domain.Evaluations.Review;

/// <summary>
/// The decisions of a form's re-check task (docs/domain-rules.md#recording-and-re-check-tasks): opened when a sample draws the
/// form, claimed, released and completed by a reviewer of the form's department, never of its own unit. Pure.
/// </summary>
public static class RecheckTasks
{
    /// <summary>A re-check task's id is derived from the form and the draw: a draw opens one task per form, once.</summary>
    public static Guid IdFor(Guid evaluationId, Guid drawId) =>
        DeterministicGuid.From($"recheck-task:{evaluationId:N}:{drawId:N}");

    /// <summary>
    /// Opens the form's re-check task for a draw. Idempotent: a draw that already opened the form's task appends
    /// nothing. A draft (never submitted) is refused; another draw's task still open is replaced by this one's only
    /// once done (refused until then).
    /// </summary>
    public static Decision Open(Evaluation state, Guid drawId, DateOnly? dueDate)
    {
        if (state.RecheckTask is { } task && task.DrawId == drawId)
        {
            return Decision.AlreadyDone;
        }

        if (state.Submissions == 0 || state.Status is EvaluationStatus.Draft)
        {
            return RecheckErrors.NotSubmitted;
        }

        if (state.RecheckTask is { Task.Status: not ReviewTaskStatus.Done })
        {
            return RecheckErrors.AlreadyInRecheck;
        }

        return Decision.Accept(new RecheckTaskOpened(
            IdFor(state.Id, drawId), state.Id, drawId, state.Submissions, state.UnitId, state.DepartmentId,
            state.FiscalYear, state.ProjectName, dueDate));
    }

    public static Decision Claim(Evaluation state, Actor actor, Guid taskId)
    {
        if (ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId) is { } refused)
        {
            return refused;
        }

        return ReviewerRules.Claimable(actor, state.RecheckTask?.Task, taskId)
            ?? Decision.Accept(new RecheckTaskClaimed(taskId, state.Id, actor.Id, actor.Name));
    }

    public static Decision Release(Evaluation state, Actor actor, Guid taskId)
    {
        if (state.RecheckTask is not { } task || task.Task.TaskId != taskId)
        {
            return ReviewErrors.TaskNotCurrent;
        }

        return Holds(state, actor) is { } refused
            ? refused
            : Decision.Accept(new RecheckTaskReleased(taskId, state.Id, actor.Id));
    }

    public static Decision Complete(Evaluation state, Actor actor)
    {
        if (Holds(state, actor) is { } refused)
        {
            return refused;
        }

        return Decision.Accept(new RecheckTaskCompleted(state.RecheckTask!.Task.TaskId, state.Id, actor.Id, actor.Name));
    }

    /// <summary>The actor may review the form and holds its re-check task.</summary>
    public static DomainError? Holds(Evaluation state, Actor actor) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId)
        ?? ReviewerRules.Holds(actor, state.RecheckTask?.Task);
}

/// <summary>The refusals of re-check tasks, each with a stable code.</summary>
public static class RecheckErrors
{
    public static DomainError NotSubmitted { get; } = new(
        ErrorKind.Conflict, "recheck.not_submitted", "只有已提交的自评表可以复核。",
        "Only a submitted form can be re-checked.");

    public static DomainError AlreadyInRecheck { get; } = new(
        ErrorKind.Conflict, "recheck.already_in_recheck", "该自评表已有一项未完成的复核任务。",
        "The form already has a re-check task that is not done.");
}
