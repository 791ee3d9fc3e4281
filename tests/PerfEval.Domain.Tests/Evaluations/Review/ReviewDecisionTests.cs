using System.Globalization;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Tests.Evaluations.Review;

public class ReviewDecisionTests
{
    [Fact]
    public void Claiming_an_open_task_puts_the_form_in_review_with_the_reviewer_as_assignee()
    {
        var claim = ReviewDecisions.Claim(Given.State(Given.Opened()), Given.Reviewer, Given.TaskOf(1));

        var state = Given.State([.. Given.Opened(), .. claim.Events]);
        Assert.Equal(EvaluationStatus.InReview, state.Status);
        Assert.Equal(Given.Reviewer.Id, state.CurrentTask!.AssigneeId);
    }

    [Fact]
    public void A_claimed_task_cannot_be_claimed_by_another_reviewer_but_a_repeat_by_its_holder_is_no_op()
    {
        var state = Given.State(Given.Claimed());
        Assert.Equal("review.task_claimed", ReviewDecisions.Claim(state, Given.SecondReviewer, Given.TaskOf(1)).Error!.Code);
        var repeat = ReviewDecisions.Claim(state, Given.Reviewer, Given.TaskOf(1));
        Assert.True(repeat.IsAccepted);
        Assert.Empty(repeat.Events);
    }

    [Fact]
    public void Reviewers_of_other_departments_and_of_the_forms_own_unit_may_not_claim()
    {
        var state = Given.State(Given.Opened());
        Assert.Equal(ReviewErrors.NotDepartmentReviewer, ReviewDecisions.Claim(state, Given.OtherDepartmentReviewer, Given.TaskOf(1)).Error);
        Assert.Equal(ReviewErrors.OwnUnit, ReviewDecisions.Claim(state, Given.ReviewerOfTheUnit, Given.TaskOf(1)).Error);
    }

    [Fact]
    public void Only_the_holder_acts_on_the_form()
    {
        var state = Given.State(Given.Claimed());
        Assert.Equal(ReviewErrors.NotTaskHolder, ReviewDecisions.Approve(state, Given.SecondReviewer, ScoringProfile.Default).Error);
        Assert.Equal(ReviewErrors.NotTaskHolder, ReviewDecisions.Comment(state, Given.SecondReviewer, "x", null).Error);
        Assert.Equal(ReviewErrors.NotTaskHolder, ReviewDecisions.Release(state, Given.SecondReviewer, Given.TaskOf(1)).Error);
    }

    [Fact]
    public void An_adjustment_keeps_the_claim_beside_it_and_moves_the_reviewed_total_and_final_score()
    {
        var state = Given.State(Given.Claimed());

        var adjust = ReviewDecisions.Adjust(state, Given.Reviewer, ScoreTarget.Indicator(0), 12.5m, "台账不全");
        var adjusted = Given.State([.. Given.Claimed(), .. adjust.Events]);
        var approve = ReviewDecisions.Approve(adjusted, Given.Reviewer, ScoringProfile.Default);

        var e = Assert.IsType<RecheckRecorded>(Assert.Single(adjust.Events));
        Assert.Equal((15m, 12.5m, "FH-11", "台账不全"), (e.SelfScore!.Value, e.VerifiedScore, e.ClauseCode, e.Remark));
        Assert.Equal(15m, adjusted.Form.Indicators[0].ClaimedScore);
        Assert.Equal(95.5m, adjusted.ReviewedTotal);
        var approved = Assert.IsType<EvaluationApproved>(Assert.Single(approve.Events));
        Assert.Equal((95.5m, "优"), (approved.FinalTotal, approved.FinalGrade));
    }

    [Fact]
    public void Adjustments_that_take_the_total_below_80_change_the_grade()
    {
        var state = Given.State(Given.Claimed());
        var events = new List<object>(Given.Claimed());
        foreach (var i in new[] { 0, 1, 2 })
        {
            events.AddRange(ReviewDecisions.Adjust(Given.State([.. events]), Given.Reviewer, ScoreTarget.Indicator(i), 5m, "不足").Events);
        }

        var approved = Assert.IsType<EvaluationApproved>(
            Assert.Single(ReviewDecisions.Approve(Given.State([.. events]), Given.Reviewer, ScoringProfile.Default).Events));
        Assert.Equal(98m, state.ReviewedTotal);
        Assert.Equal(73m, approved.FinalTotal);
        Assert.Equal("中", approved.FinalGrade);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(15.01)]
    public void An_adjusted_score_outside_zero_to_weight_is_refused(double score)
    {
        var decision = ReviewDecisions.Adjust(Given.State(Given.Claimed()), Given.Reviewer, ScoreTarget.Indicator(0), (decimal)score, "r");
        Assert.Equal("review.score_out_of_range", decision.Error!.Code);
    }

    [Fact]
    public void An_adjustment_without_reason_or_of_a_missing_row_is_refused()
    {
        var state = Given.State(Given.Claimed());
        Assert.Equal("review.reason_required", ReviewDecisions.Adjust(state, Given.Reviewer, ScoreTarget.Execution, 9m, "  ").Error!.Code);
        Assert.Equal("review.no_such_indicator", ReviewDecisions.Adjust(state, Given.Reviewer, ScoreTarget.Indicator(8), 1m, "r").Error!.Code);
    }

    [Fact]
    public void A_revision_request_sends_the_form_back_and_the_resubmission_starts_a_fresh_review()
    {
        var adjusted = new List<object>(Given.Claimed());
        adjusted.AddRange(ReviewDecisions.Adjust(Given.State([.. adjusted]), Given.Reviewer, ScoreTarget.Execution, 9m, "r").Events);
        var revision = ReviewDecisions.RequestRevision(Given.State([.. adjusted]), Given.Reviewer, ["补充台账", " "]);
        var sentBack = Given.State([.. adjusted, .. revision.Events]);

        Assert.Equal(EvaluationStatus.RevisionRequested, sentBack.Status);
        Assert.Equal(["补充台账"], sentBack.RevisionReasons);
        Assert.Equal(ReviewTaskStatus.Done, sentBack.CurrentTask!.Status);
        var resubmit = EvaluationDecisions.Submit(sentBack, Given.Unit);
        var resubmitted = Given.State([.. adjusted, .. revision.Events, .. resubmit.Events]);
        Assert.Equal(2, resubmitted.Submissions);
        Assert.Empty(resubmitted.Adjustments);
    }

    [Fact]
    public void A_revision_request_needs_reasons()
    {
        var decision = ReviewDecisions.RequestRevision(Given.State(Given.Claimed()), Given.Reviewer, [" "]);
        Assert.Equal("review.reasons_required", decision.Error!.Code);
    }

    [Fact]
    public void Managers_publish_approved_forms_and_reopen_them_with_a_reason()
    {
        var approved = Given.State(Given.Approved());
        Assert.Equal(ReviewErrors.OnlyManagers, ReviewDecisions.Publish(approved, Given.Reviewer).Error);
        var publish = ReviewDecisions.Publish(approved, Given.Manager);
        var published = Given.State([.. Given.Approved(), .. publish.Events]);
        Assert.Equal(EvaluationStatus.Published, published.Status);

        Assert.Equal("review.reason_required", ReviewDecisions.Reopen(published, Given.Manager, "").Error!.Code);
        var reopen = ReviewDecisions.Reopen(published, Given.Manager, "审计调整");
        var reopened = Given.State([.. Given.Approved(), .. publish.Events, .. reopen.Events]);
        Assert.Equal(EvaluationStatus.RevisionRequested, reopened.Status);
        Assert.Null(reopened.FinalTotal);
    }

    [Fact]
    public void Only_approved_forms_are_published_and_only_approved_or_published_reopened()
    {
        var inReview = Given.State(Given.Claimed());
        Assert.Equal("review.not_approved", ReviewDecisions.Publish(inReview, Given.Manager).Error!.Code);
        Assert.Equal("review.not_reopenable", ReviewDecisions.Reopen(inReview, Given.Manager, "r").Error!.Code);
    }

    [Fact]
    public void Review_queue_entry_is_made_by_the_opening_event_and_only_changed_by_the_later_ones()
    {
        var at = DateTimeOffset.Parse("2025-03-01T08:00:00Z", CultureInfo.InvariantCulture);
        var changes = Given.Approved().OfType<IReviewTaskEvent>().Select(e => ReviewTaskEvolution.ChangeOf(e, at)).ToList();

        var opened = Assert.IsType<ReviewTaskChange.Opened>(changes[0]);
        Assert.Equal((ReviewTaskStatus.Open, at, null), (opened.Task.Status, opened.Task.OpenedAt, opened.Task.AssigneeId));
        Assert.Equal(
            new ReviewTaskChange.Assigned(opened.Task.Id, ReviewTaskStatus.Claimed, Given.Reviewer.Id, Given.Reviewer.Name),
            Assert.Single(changes.OfType<ReviewTaskChange.Assigned>()));
        Assert.Equal(new ReviewTaskChange.Ended(opened.Task.Id, ReviewTaskStatus.Done, "Approved", at), changes[^1]);
        Assert.Null(ReviewTaskEvolution.Apply(null, changes[^1]));
    }

    [Fact]
    public void Review_queue_entry_follows_its_task_from_open_to_done()
    {
        var at = DateTimeOffset.Parse("2025-03-01T08:00:00Z", CultureInfo.InvariantCulture);
        var events = Given.Approved().OfType<IReviewTaskEvent>();

        var task = events.Aggregate((ReviewTask?)null, (t, e) => ReviewTaskEvolution.Evolve(t, e, at))!;

        Assert.Equal(ReviewTaskStatus.Done, task.Status);
        Assert.Equal("Approved", task.Outcome);
        Assert.Equal(Given.Reviewer.Id, task.AssigneeId);
    }
}
