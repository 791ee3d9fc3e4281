using System.Globalization;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

public class TargetReviewTaskTests
{
    private static readonly DateTimeOffset OpenedAt = DateTimeOffset.Parse("2025-02-01T08:00:00Z", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset DoneAt = DateTimeOffset.Parse("2025-02-03T08:00:00Z", CultureInfo.InvariantCulture);

    private static ReviewTask? Fold(IEnumerable<object> events, Guid taskId) => events
        .OfType<IReviewTaskEvent>()
        .Where(e => e.TaskId == taskId)
        .Aggregate((ReviewTask?)null, (t, e) => ReviewTaskEvolution.Evolve(t, e, e is TargetReviewOpened ? OpenedAt : DoneAt));

    [Fact]
    public void A_submitted_declaration_opens_a_queue_entry_of_kind_Targets()
    {
        var task = Fold(Given.Submitted(), Given.SubmissionTask(1))!;

        Assert.Equal((Given.SubmissionTask(1), Given.Id, ReviewTaskKind.Targets), (task.Id, task.EvaluationId, task.Kind));
        Assert.Equal(("unit-1", "dept-1", 2025, Given.ProjectName), (task.UnitId, task.DepartmentId, task.FiscalYear, task.ProjectName));
        Assert.Equal((ReviewTaskStatus.Open, OpenedAt, null), (task.Status, task.OpenedAt, task.Outcome));
    }

    [Fact]
    public void The_queue_entry_follows_claim_and_release()
    {
        var claimed = Fold(Given.Claimed(), Given.SubmissionTask(1))!;
        var released = Fold(
            [.. Given.Claimed(), new TargetReviewReleased(Given.SubmissionTask(1), Given.Id, Given.Reviewer.Id)], Given.SubmissionTask(1))!;

        Assert.Equal((ReviewTaskStatus.Claimed, Given.Reviewer.Id, Given.Reviewer.Name), (claimed.Status, claimed.AssigneeId, claimed.AssigneeName));
        Assert.Equal((ReviewTaskStatus.Open, null, null), (released.Status, released.AssigneeId, released.AssigneeName));
    }

    [Fact]
    public void An_approved_declaration_ends_its_task_with_outcome_Approved()
    {
        var task = Fold(Given.Approved(), Given.SubmissionTask(1))!;

        Assert.Equal((ReviewTaskStatus.Done, "Approved", (DateTimeOffset?)DoneAt), (task.Status, task.Outcome, task.DoneAt));
        Assert.Equal(Given.Reviewer.Id, task.AssigneeId);
    }

    [Fact]
    public void A_revision_request_and_a_rejection_end_the_task_with_their_outcomes()
    {
        var sentBack = Fold(Given.SentBack(), Given.SubmissionTask(1))!;
        var rejected = Fold([.. Given.Claimed(), new TargetsRejected(Given.Id, Given.SubmissionTask(1), "不符合", Given.Reviewer.Id)], Given.SubmissionTask(1))!;

        Assert.Equal((ReviewTaskStatus.Done, "RevisionRequested"), (sentBack.Status, sentBack.Outcome));
        Assert.Equal((ReviewTaskStatus.Done, "Rejected"), (rejected.Status, rejected.Outcome));
    }

    [Fact]
    public void An_adjustment_opens_a_queue_entry_of_kind_TargetAdjustment_that_ends_with_its_decision()
    {
        var open = Fold(Given.AdjustmentRequested(), Given.AdjustmentTask(1))!;
        var approved = Fold(Given.AdjustmentApproved(), Given.AdjustmentTask(1))!;
        var rejected = Fold(
            [.. Given.AdjustmentClaimed(), new TargetAdjustmentRejected(Given.Id, Given.AdjustmentTask(1), 1, "理由不足", Given.Reviewer.Id)],
            Given.AdjustmentTask(1))!;

        Assert.Equal((ReviewTaskKind.TargetAdjustment, ReviewTaskStatus.Open, Given.Id), (open.Kind, open.Status, open.EvaluationId));
        Assert.Equal((ReviewTaskKind.TargetAdjustment, ReviewTaskStatus.Done, "Approved"), (approved.Kind, approved.Status, approved.Outcome));
        Assert.Equal((ReviewTaskStatus.Done, "Rejected"), (rejected.Status, rejected.Outcome));
    }

    [Fact]
    public void The_submissions_task_is_untouched_by_the_adjustments_events()
    {
        var task = Fold(Given.AdjustmentApproved(), Given.SubmissionTask(1))!;

        Assert.Equal((ReviewTaskKind.Targets, "Approved", (DateTimeOffset?)DoneAt), (task.Kind, task.Outcome, task.DoneAt));
    }

    [Fact]
    public void Comments_and_content_changes_are_not_queue_events()
    {
        Assert.False(typeof(IReviewTaskEvent).IsAssignableFrom(typeof(TargetCommentAdded)));
        Assert.False(typeof(IReviewTaskEvent).IsAssignableFrom(typeof(TargetsContentReplaced)));
        Assert.False(typeof(IReviewTaskEvent).IsAssignableFrom(typeof(TargetAdjustmentRequested)));
    }
}
