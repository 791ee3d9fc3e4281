using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// The one fold of where a form stands (docs/domain-rules.md#workflow) and of where a review task stands, a form's or
/// a target declaration's. The form's state, the declaration's, the reviewers' queue entry and the yearly facts all
/// take their task statuses from here.
/// </summary>
public static class FormStatus
{
    /// <summary>The form's status after an event; a draft starts in <see cref="EvaluationStatus.Draft"/>.</summary>
    public static EvaluationStatus After(EvaluationStatus status, object @event) => @event switch
    {
        EvaluationSubmitted => EvaluationStatus.Submitted,
        ReviewTaskClaimed => EvaluationStatus.InReview,
        RevisionRequested or EvaluationReopened => EvaluationStatus.RevisionRequested,
        EvaluationApproved => EvaluationStatus.Approved,
        EvaluationRejected => EvaluationStatus.Rejected,
        EvaluationPublished => EvaluationStatus.Published,
        _ => status,
    };

    /// <summary>The current review task's status after an event (null: no task was opened yet).</summary>
    public static ReviewTaskStatus? TaskAfter(ReviewTaskStatus? task, object @event) => @event switch
    {
        ReviewTaskOpened or ReviewTaskReleased or TargetReviewOpened or TargetReviewReleased => ReviewTaskStatus.Open,
        RecheckTaskOpened or RecheckTaskReleased => ReviewTaskStatus.Open,
        RectificationReviewOpened or RectificationReviewReleased => ReviewTaskStatus.Open,
        ReviewTaskClaimed or TargetReviewClaimed or RecheckTaskClaimed or RectificationReviewClaimed => ReviewTaskStatus.Claimed,
        RectificationAccepted or RectificationReturned when task is not null => ReviewTaskStatus.Done,
        RecheckTaskCompleted when task is not null => ReviewTaskStatus.Done,
        RevisionRequested or EvaluationApproved or EvaluationRejected when task is not null => ReviewTaskStatus.Done,
        TargetRevisionRequested or TargetsApproved or TargetsRejected or TargetAdjustmentApproved or TargetAdjustmentRejected
            when task is not null => ReviewTaskStatus.Done,
        _ => task,
    };

    /// <summary>How a review task ended, for the events that end one.</summary>
    public static string? OutcomeOf(object @event) => @event switch
    {
        RecheckTaskCompleted => "Rechecked",
        RectificationAccepted => "Accepted",
        RectificationReturned => "Returned",
        RevisionRequested or TargetRevisionRequested => nameof(EvaluationStatus.RevisionRequested),
        EvaluationApproved or TargetsApproved or TargetAdjustmentApproved => nameof(EvaluationStatus.Approved),
        EvaluationRejected or TargetsRejected or TargetAdjustmentRejected => nameof(EvaluationStatus.Rejected),
        _ => null,
    };
}
