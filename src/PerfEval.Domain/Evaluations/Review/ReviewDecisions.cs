using PerfEval.Domain.Scoring;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Evaluations.Review;

/// <summary>
/// The review workflow's decisions (docs/domain-rules.md#who-may-do-what): who may claim, comment, adjust, send back, approve, reject, publish
/// and reopen, in which state. Pure: command + state → events, or a refusal.
/// </summary>
public static class ReviewDecisions
{
    public const int MaxTextLength = 2000;
    public const int MaxReasons = 50;

    public static Decision Claim(Evaluation state, Actor actor, Guid taskId)
    {
        if (MayReview(state, actor) is { } refused)
        {
            return refused;
        }

        return ReviewerRules.Claimable(actor, state.CurrentTask, taskId)
            ?? Decision.Accept(new ReviewTaskClaimed(taskId, state.Id, actor.Id, actor.Name));
    }

    public static Decision Release(Evaluation state, Actor actor, Guid taskId)
    {
        if (state.CurrentTask is not { } task || task.TaskId != taskId)
        {
            return ReviewErrors.TaskNotCurrent;
        }

        return HoldsTask(state, actor) is { } refused
            ? refused
            : Decision.Accept(new ReviewTaskReleased(taskId, state.Id, actor.Id));
    }

    public static Decision Comment(Evaluation state, Actor actor, string? text, int? indicatorIndex)
    {
        if (HoldsTask(state, actor) is { } refused)
        {
            return refused;
        }

        if (RequiredText(text, "text") is { } invalid)
        {
            return invalid;
        }

        if (indicatorIndex is { } i && !ReviewFigures.IsValid(state, ScoreTarget.Indicator(i)))
        {
            return NoSuchIndicator(i);
        }

        return Decision.Accept(new ReviewCommentAdded(
            state.Id, state.CurrentTask!.TaskId, Guid.CreateVersion7(), text!.Trim(), indicatorIndex, actor.Id, actor.Name));
    }

    /// <summary>
    /// The earlier score adjustment, kept for its endpoint: recorded as a re-check entry under the rulebook's judgement
    /// clause (docs/domain-rules.md#re-check), the reason as its remark.
    /// </summary>
    public static Decision Adjust(
        Evaluation state, Actor actor, ScoreTarget target, decimal newScore, string? reason, Rulebook? rulebook = null)
    {
        if (HoldsTask(state, actor) is { } refused)
        {
            return refused;
        }

        if (!ReviewFigures.IsValid(state, target))
        {
            return NoSuchIndicator(target.IndicatorIndex);
        }

        if (RequiredText(reason, "reason") is { } invalid)
        {
            return invalid;
        }

        var weight = ReviewFigures.WeightOf(state, target);
        if (newScore < 0 || newScore > weight)
        {
            return ReviewErrors.Invalid(
                "review.score_out_of_range", $"调整后的得分须在 0 到分值 {weight} 之间。",
                $"The adjusted score must be between 0 and the weight {weight}.");
        }

        rulebook ??= DefaultRulebook.Instance;
        var clause = rulebook.Judgement ?? DefaultRulebook.Instance.Judgement!;
        return Decision.Accept(new RecheckRecorded(
            state.Id,
            state.CurrentTask!.TaskId,
            target,
            null,
            ReviewFigures.ClaimedScoreOf(state, target),
            Math.Round(newScore, 2, MidpointRounding.AwayFromZero),
            clause.Code,
            clause.Title,
            rulebook.Region,
            rulebook.Year,
            rulebook.Version,
            [],
            reason!.Trim(),
            actor.Id,
            actor.Name));
    }

    public static Decision RequestRevision(Evaluation state, Actor actor, IReadOnlyList<string>? reasons)
    {
        if (HoldsTask(state, actor) is { } refused)
        {
            return refused;
        }

        var (cleaned, invalid) = ReviewerRules.Reasons(reasons, MaxReasons, MaxTextLength);
        return invalid ?? Decision.Accept(new RevisionRequested(state.Id, state.CurrentTask!.TaskId, cleaned!, actor.Id));
    }

    public static Decision Approve(Evaluation state, Actor actor, ScoringProfile profile)
    {
        if (HoldsTask(state, actor) is { } refused)
        {
            return refused;
        }

        var total = ReviewFigures.Total(state);
        return Decision.Accept(new EvaluationApproved(
            state.Id, state.CurrentTask!.TaskId, total, profile.GradeOf(total), actor.Id, actor.Name, state.ChainHead));
    }

    public static Decision Reject(Evaluation state, Actor actor, string? reason)
    {
        if (HoldsTask(state, actor) is { } refused)
        {
            return refused;
        }

        return RequiredText(reason, "reason") is { } invalid
            ? invalid
            : Decision.Accept(new EvaluationRejected(state.Id, state.CurrentTask!.TaskId, reason!.Trim(), actor.Id));
    }

    public static Decision Publish(Evaluation state, Actor actor)
    {
        if (!actor.IsManager)
        {
            return ReviewErrors.OnlyManagers;
        }

        return state.Status switch
        {
            EvaluationStatus.Published => Decision.AlreadyDone,
            EvaluationStatus.Approved => Decision.Accept(new EvaluationPublished(state.Id, actor.Id)),
            _ => ReviewErrors.NotApproved(state.Status),
        };
    }

    public static Decision Reopen(Evaluation state, Actor actor, string? reason)
    {
        if (!actor.IsManager)
        {
            return ReviewErrors.OnlyManagers;
        }

        if (state.Status is not (EvaluationStatus.Approved or EvaluationStatus.Published))
        {
            return ReviewErrors.NotReopenable(state.Status);
        }

        return RequiredText(reason, "reason") is { } invalid
            ? invalid
            : Decision.Accept(new EvaluationReopened(state.Id, reason!.Trim(), actor.Id));
    }

    /// <summary>A reviewer of the form's department, and not of the form's own unit.</summary>
    private static DomainError? MayReview(Evaluation state, Actor actor) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId);

    /// <summary>The form is under review and the actor holds its task.</summary>
    private static DomainError? HoldsTask(Evaluation state, Actor actor)
    {
        if (MayReview(state, actor) is { } refused)
        {
            return refused;
        }

        if (state.Status != EvaluationStatus.InReview)
        {
            return ReviewErrors.NotInReview(state.Status);
        }

        return ReviewerRules.Holds(actor, state.CurrentTask);
    }

    private static DomainError? RequiredText(string? text, string field) =>
        ReviewerRules.RequiredText(text, field, MaxTextLength);

    private static DomainError NoSuchIndicator(int? index) => ReviewErrors.Invalid(
        "review.no_such_indicator", $"自评表没有第 {index} 项指标。", $"The form has no indicator {index}.");
}
