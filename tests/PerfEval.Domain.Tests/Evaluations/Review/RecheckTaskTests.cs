using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Tests.Evaluations.Review;

/// <summary>A sampled form's re-check task: a queue entry of its own, apart from the review, that never moves the form.</summary>
public class RecheckTaskTests
{
    private static readonly Guid Draw = Guid.Parse("0190a000-0000-7000-8000-0000000000d1");

    private static object[] Opened() =>
        [.. Given.Approved(), .. RecheckTasks.Open(Given.State(Given.Approved()), Draw, null).Events];

    [Fact]
    public void A_draw_opens_one_task_per_form_and_a_repeat_of_the_same_draw_appends_nothing()
    {
        var opened = Assert.IsType<RecheckTaskOpened>(Assert.Single(RecheckTasks.Open(Given.State(Given.Approved()), Draw, null).Events));

        Assert.Equal(RecheckTasks.IdFor(Given.Id, Draw), opened.TaskId);
        var repeat = RecheckTasks.Open(Given.State(Opened()), Draw, null);
        Assert.True(repeat.IsAccepted);
        Assert.Empty(repeat.Events);
        Assert.Equal(RecheckErrors.AlreadyInRecheck, RecheckTasks.Open(Given.State(Opened()), Guid.NewGuid(), null).Error);
        Assert.Equal(RecheckErrors.NotSubmitted, RecheckTasks.Open(Given.State(Given.Drafted()), Draw, null).Error);
    }

    [Fact]
    public void Claiming_and_completing_a_recheck_leaves_the_approved_form_and_its_review_task_as_they_were()
    {
        var taskId = RecheckTasks.IdFor(Given.Id, Draw);
        var claim = RecheckTasks.Claim(Given.State(Opened()), Given.SecondReviewer, taskId);
        object[] claimed = [.. Opened(), .. claim.Events];
        var complete = RecheckTasks.Complete(Given.State(claimed), Given.SecondReviewer);
        var done = Given.State([.. claimed, .. complete.Events]);

        Assert.Equal(ReviewTaskStatus.Claimed, Given.State(claimed).RecheckTask!.Task.Status);
        Assert.Equal(EvaluationStatus.Approved, done.Status);
        Assert.Equal(ReviewTaskStatus.Done, done.CurrentTask!.Status);
        Assert.Equal(ReviewTaskStatus.Done, done.RecheckTask!.Task.Status);
        Assert.Equal(ReviewErrors.NotTaskHolder, RecheckTasks.Complete(Given.State(claimed), Given.Reviewer).Error);
        Assert.Equal(ReviewErrors.OwnUnit, RecheckTasks.Claim(Given.State(Opened()), Given.ReviewerOfTheUnit, taskId).Error);
    }

    [Fact]
    public void The_queue_entry_is_of_the_recheck_kind_and_ends_as_rechecked()
    {
        var at = DateTimeOffset.Parse("2025-03-01T08:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        var taskId = RecheckTasks.IdFor(Given.Id, Draw);
        IReviewTaskEvent[] events =
        [
            (RecheckTaskOpened)Opened()[^1],
            new RecheckTaskClaimed(taskId, Given.Id, "r2", "审核人二"),
            new RecheckTaskCompleted(taskId, Given.Id, "r2", "审核人二"),
        ];

        var task = events.Aggregate((ReviewTask?)null, (t, e) => ReviewTaskEvolution.Evolve(t, e, at))!;

        Assert.Equal((ReviewTaskKind.Recheck, Draw, ReviewTaskStatus.Done, "Rechecked"), (task.Kind, task.DrawId!.Value, task.Status, task.Outcome));
    }
}
