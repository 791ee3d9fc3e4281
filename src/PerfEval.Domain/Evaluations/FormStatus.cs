using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// The one fold of where a form stands (docs/domain-rules.md#workflow) and of where its current review task stands.
/// The form's state, the reviewers' queue entry and the yearly facts all take their statuses from here.
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
        ReviewTaskOpened or ReviewTaskReleased => ReviewTaskStatus.Open,
        ReviewTaskClaimed => ReviewTaskStatus.Claimed,
        RevisionRequested or EvaluationApproved or EvaluationRejected when task is not null => ReviewTaskStatus.Done,
        _ => task,
    };

    /// <summary>How a review task ended, for the events that end one.</summary>
    public static string? OutcomeOf(object @event) => @event switch
    {
        RevisionRequested => nameof(EvaluationStatus.RevisionRequested),
        EvaluationApproved => nameof(EvaluationStatus.Approved),
        EvaluationRejected => nameof(EvaluationStatus.Rejected),
        _ => null,
    };
}
