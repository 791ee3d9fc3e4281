using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// The decisions of a form's lifecycle (docs/domain-rules.md#workflow): command + current state → events, or a refusal.
/// Pure functions; the caller loads the stream, decides, and appends with optimistic concurrency.
/// </summary>
public static class EvaluationDecisions
{
    public static Decision Draft(Guid evaluationId, Actor actor, EvaluationForm form, string source)
    {
        if (!actor.IsUnit || actor.UnitId is null)
        {
            return EvaluationErrors.OnlyUnitsDraft;
        }

        var department = actor.DepartmentIds.Count == 1 ? actor.DepartmentIds.First() : null;
        if (department is null)
        {
            return EvaluationErrors.UnitWithoutDepartment;
        }

        return Decision.Accept(new EvaluationDrafted(evaluationId, actor.UnitId, department, form, source));
    }

    /// <summary>
    /// A draft made from a project's approved targets (docs/domain-rules.md#targets-lock): their cells filled in and
    /// locked, the version recorded.
    /// </summary>
    public static Decision DraftFromTargets(Guid evaluationId, Actor actor, TargetDeclaration? targets)
    {
        if (!actor.IsUnit || actor.UnitId is null)
        {
            return EvaluationErrors.OnlyUnitsDraft;
        }

        if (targets is null || !actor.BelongsToUnit(targets.UnitId))
        {
            return TargetErrors.NotFound;
        }

        if (targets.Approved is not { } approved)
        {
            return TargetErrors.NotApproved(targets.Status);
        }

        return Decision.Accept(new EvaluationDrafted(
            evaluationId, targets.UnitId, targets.DepartmentId, TargetLock.Prefill(approved.Content), "targets",
            new TargetsRef(targets.Id, approved.Number, approved.Content)));
    }

    public static Decision ReplaceContent(Evaluation state, Actor actor, EvaluationForm form)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return EvaluationErrors.NotOwner;
        }

        if (!IsEditable(state.Status))
        {
            return EvaluationErrors.NotEditable(state.Status);
        }

        if (form.Kind != state.Form.Kind)
        {
            return EvaluationErrors.KindChanged(state.Form.Kind);
        }

        if (state.FromTargets is { } targets && TargetLock.Differences(targets.Content, form) is [_, ..] changed)
        {
            return EvaluationErrors.LockedCellsChanged(changed);
        }

        return Decision.Accept(new EvaluationContentReplaced(state.Id, form));
    }

    public static Decision Submit(Evaluation state, Actor actor)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return EvaluationErrors.NotOwner;
        }

        if (!IsEditable(state.Status))
        {
            return EvaluationErrors.NotSubmittable(state.Status);
        }

        return Decision.Accept(new EvaluationSubmitted(
            state.Id, state.UnitId, state.DepartmentId, state.FiscalYear, state.Submissions + 1));
    }

    /// <summary>
    /// Opens the review task of a submission. Idempotent: a redelivered request for a submission that already has
    /// its task, or for a submission that is no longer the latest, appends nothing.
    /// </summary>
    public static Decision OpenReviewTask(Evaluation state, int submission, DateOnly? dueDate)
    {
        var alreadyOpened = state.CurrentTask is { } task && task.Submission >= submission;
        if (alreadyOpened || submission != state.Submissions)
        {
            return Decision.AlreadyDone;
        }

        return Decision.Accept(new ReviewTaskOpened(
            ReviewTaskIds.For(state.Id, submission),
            state.Id,
            submission,
            state.UnitId,
            state.DepartmentId,
            state.FiscalYear,
            state.ProjectName,
            dueDate,
            state.Form.Kind));
    }

    /// <summary>
    /// A submission's intake: its scorecard, then its review task, whichever of the two it does not have yet.
    /// Idempotent: a submission already scored and given its task, or one that is no longer the latest, appends
    /// nothing (and is not scored again).
    /// </summary>
    public static Decision TakeInSubmission(
        Evaluation state, int submission, Func<EvaluationForm, Scorecard> score, DateOnly? dueDate)
    {
        var events = new List<object>();
        if (submission == state.Submissions && state.ScoredSubmission < submission)
        {
            events.Add(new EvaluationScored(state.Id, submission, score(state.Form)));
        }

        events.AddRange(OpenReviewTask(state, submission, dueDate).Events);
        return events.Count == 0 ? Decision.AlreadyDone : Decision.Accept([.. events]);
    }

    public static bool IsEditable(EvaluationStatus status) =>
        status is EvaluationStatus.Draft or EvaluationStatus.RevisionRequested;
}
