using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Targets;

/// <summary>
/// Folds a declaration's events into its state. Pure: no clock, no I/O. The review task's status comes from
/// <see cref="FormStatus.TaskAfter"/>, the same fold as a form's task.
/// </summary>
public static class TargetEvolution
{
    public static TargetDeclaration? Evolve(TargetDeclaration? state, object @event)
    {
        if (state is null)
        {
            return @event is TargetsDrafted d
                ? new TargetDeclaration
                {
                    Id = d.TargetId,
                    UnitId = d.UnitId,
                    DepartmentId = d.DepartmentId,
                    FiscalYear = d.Content.Header.FiscalYear,
                    Content = d.Content,
                    Status = TargetStatus.Draft,
                    Source = d.Source,
                }
                : null;
        }

        var next = Apply(state, @event);
        return FormStatus.TaskAfter(next.CurrentTask?.Status, @event) is { } taskStatus
               && next.CurrentTask is { } task && task.Status != taskStatus
            ? next with { CurrentTask = task with { Status = taskStatus } }
            : next;
    }

    private static TargetDeclaration Apply(TargetDeclaration state, object @event) => @event switch
    {
        TargetsContentReplaced e => state with { Content = e.Content },
        TargetsSubmitted e => state with
        {
            Status = TargetStatus.Submitted,
            Submissions = e.Submission,
            Findings = e.Findings,
            RejectionReason = null,
        },
        TargetReviewOpened e => state with { CurrentTask = new ReviewTaskRef(e.TaskId, e.Submission, e.DueDate) },
        TargetReviewClaimed e => state with
        {
            Status = state.Status == TargetStatus.Submitted ? TargetStatus.InReview : state.Status,
            CurrentTask = state.CurrentTask! with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName },
        },
        TargetReviewReleased => state with
        {
            Status = state.Status == TargetStatus.InReview ? TargetStatus.Submitted : state.Status,
            CurrentTask = state.CurrentTask! with { AssigneeId = null, AssigneeName = null },
        },
        TargetCommentAdded e => state with
        {
            Comments = [.. state.Comments, new ReviewComment(
                e.CommentId, state.Submissions, e.Text, e.IndicatorIndex, e.ReviewerId, e.ReviewerName)],
        },
        TargetRevisionRequested e => state with { Status = TargetStatus.RevisionRequested, RevisionReasons = e.Reasons },
        TargetsApproved e => state with
        {
            Status = TargetStatus.Approved,
            ReviewGrade = e.Grade,
            Versions = [.. state.Versions, new ApprovedTargets(e.VersionNumber, state.Content, e.ReviewerName, null)],
        },
        TargetsRejected e => state with { Status = TargetStatus.Rejected, RejectionReason = e.Reason },
        TargetAdjustmentRequested e => state with
        {
            Adjustments = [.. state.Adjustments, new TargetAdjustment(e.Number, e.Reason, e.Content, AdjustmentStatus.Pending)],
        },
        TargetAdjustmentApproved e => ApproveAdjustment(state, e),
        TargetAdjustmentRejected e => state with
        {
            Adjustments = [.. state.Adjustments.Select(a => a.Number == e.Number
                ? a with { Status = AdjustmentStatus.Rejected, DecidedBy = e.ReviewerId, RejectionReason = e.Reason }
                : a)],
        },
        MonitoringReported e => state with { Monitoring = [.. state.Monitoring, new MonitoringEntry(e.Report, e.Assessment)] },
        _ => state,
    };

    private static TargetDeclaration ApproveAdjustment(TargetDeclaration state, TargetAdjustmentApproved e)
    {
        var adjustment = state.Adjustments.Single(a => a.Number == e.Number);
        return state with
        {
            Content = adjustment.Content,
            Versions = [.. state.Versions, new ApprovedTargets(e.VersionNumber, adjustment.Content, e.ReviewerName, adjustment.Reason)],
            Adjustments = [.. state.Adjustments.Select(a => a.Number == e.Number
                ? a with { Status = AdjustmentStatus.Approved, DecidedBy = e.ReviewerId }
                : a)],
        };
    }
}
