using PerfEval.Domain.Review;

namespace PerfEval.Domain.Evaluations;

/// <summary>Folds a form's events into its state. Pure: no clock, no I/O.</summary>
public static class EvaluationEvolution
{
    public static Evaluation? Evolve(Evaluation? state, object @event) => state is null
        ? Start(@event)
        : @event switch
        {
            EvaluationContentReplaced e => state with { Form = e.Form, FiscalYear = e.Form.Header.FiscalYear },
            EvaluationSubmitted e => state with
            {
                Status = EvaluationStatus.Submitted,
                Submissions = e.Submission,
                Adjustments = [],
                FinalTotal = null,
                FinalGrade = null,
                RejectionReason = null,
            },
            EvaluationScored e => state with { Scorecard = e.Scorecard, ScoredSubmission = e.Submission },
            ReviewTaskOpened e => state with { CurrentTask = new ReviewTaskRef(e.TaskId, e.Submission, e.DueDate) },
            ReviewTaskClaimed e => state with
            {
                Status = EvaluationStatus.InReview,
                CurrentTask = state.CurrentTask! with
                {
                    Status = ReviewTaskStatus.Claimed, AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName,
                },
            },
            ReviewTaskReleased => state with
            {
                CurrentTask = state.CurrentTask! with
                {
                    Status = ReviewTaskStatus.Open, AssigneeId = null, AssigneeName = null,
                },
            },
            ReviewCommentAdded e => state with
            {
                Comments = [.. state.Comments, new ReviewComment(
                    e.CommentId, state.Submissions, e.Text, e.IndicatorIndex, e.ReviewerId, e.ReviewerName)],
            },
            ScoreAdjusted e => state with
            {
                Adjustments = [.. state.Adjustments.Where(a => a.Target != e.Target), new ScoreAdjustment(
                    e.Target, e.ClaimedScore, e.NewScore, e.Reason, e.ReviewerId, e.ReviewerName)],
            },
            RevisionRequested e => state with
            {
                Status = EvaluationStatus.RevisionRequested,
                RevisionReasons = e.Reasons,
                CurrentTask = Done(state.CurrentTask),
            },
            EvaluationApproved e => state with
            {
                Status = EvaluationStatus.Approved,
                FinalTotal = e.FinalTotal,
                FinalGrade = e.FinalGrade,
                CurrentTask = Done(state.CurrentTask),
            },
            EvaluationRejected e => state with
            {
                Status = EvaluationStatus.Rejected,
                RejectionReason = e.Reason,
                CurrentTask = Done(state.CurrentTask),
            },
            EvaluationPublished => state with { Status = EvaluationStatus.Published },
            EvaluationReopened e => state with
            {
                Status = EvaluationStatus.RevisionRequested,
                RevisionReasons = [e.Reason],
                FinalTotal = null,
                FinalGrade = null,
            },
            _ => state,
        };

    private static Evaluation? Start(object @event) => @event is EvaluationDrafted e
        ? new Evaluation
        {
            Id = e.EvaluationId,
            UnitId = e.UnitId,
            DepartmentId = e.DepartmentId,
            FiscalYear = e.Form.Header.FiscalYear,
            Form = e.Form,
            Status = EvaluationStatus.Draft,
            Source = e.Source,
        }
        : null;

    private static ReviewTaskRef? Done(ReviewTaskRef? task) => task is null
        ? null
        : task with { Status = ReviewTaskStatus.Done };
}
