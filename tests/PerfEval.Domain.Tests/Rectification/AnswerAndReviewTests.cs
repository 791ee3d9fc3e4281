using System.Globalization;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Rectification;

namespace PerfEval.Domain.Tests.Rectification;

/// <summary>RECT-ANSWER, RECT-TASK, RECT-ACCEPT and RECT-RETURN: a round of answer and review.</summary>
public class AnswerAndReviewTests
{
    private static readonly DateOnly ReviewDue = new(2026, 3, 12);

    private static Decision Answer(RectificationNotice state, Actor actor, string? measures = "已补充台账", params Guid[] evidence) =>
        AnswerNotice.Decide(state, actor, measures, evidence, [Given.Ledger], ReviewDue);

    [Fact]
    public void The_units_answer_cites_the_forms_evidence_by_name_and_opens_a_review_task_of_kind_Rectification()
    {
        var events = Answer(Given.State(Given.Issued()), Given.Unit, "已补充台账", Given.Ledger.Id).Events;

        var answered = Assert.IsType<RectificationAnswered>(events[0]);
        var opened = Assert.IsType<RectificationReviewOpened>(events[1]);
        Assert.Equal([new RectificationEvidence(Given.Ledger.Id, "补贴发放台账.xlsx")], answered.Evidence);
        Assert.Equal((Given.Task(1), 1, (DateOnly?)ReviewDue), (opened.TaskId, opened.Round, opened.DueDate));
        var task = ReviewTaskEvolution.Evolve(null, opened, DateTimeOffset.UnixEpoch)!;
        Assert.Equal((ReviewTaskKind.Rectification, Given.Id, Given.ProjectName), (task.Kind, task.EvaluationId, task.ProjectName));
        var state = Given.State([.. Given.Issued(), .. events]);
        Assert.Equal((RectificationStatus.Answered, ReviewTaskStatus.Open), (state.Status, state.CurrentTask!.Status));
    }

    [Fact]
    public void Only_the_notified_unit_answers_and_only_while_the_notice_waits_for_it()
    {
        Assert.Equal("rectification.not_owner", Answer(Given.State(Given.Issued()), Given.OtherUnit).Error!.Code);
        Assert.Equal("rectification.not_owner", Answer(Given.State(Given.Issued()), Given.Reviewer).Error!.Code);
        var twice = Answer(Given.State(Given.Answered()), Given.Unit).Error!;
        Assert.Equal((ErrorKind.Conflict, "rectification.not_awaiting_answer"), (twice.Kind, twice.Code));
        Assert.Contains("待审核", twice.Message);
        Assert.Equal("rectification.not_awaiting_answer", Answer(Given.State(Given.Accepted()), Given.Unit).Error!.Code);
    }

    [Fact]
    public void An_answer_needs_measures_and_cites_only_the_forms_own_files_once_each()
    {
        Assert.Equal("rectification.measures_invalid", Answer(Given.State(Given.Issued()), Given.Unit, " ").Error!.Code);
        Assert.Equal("rectification.evidence_invalid", Answer(Given.State(Given.Issued()), Given.Unit, "m", Guid.NewGuid()).Error!.Code);
        Assert.Equal("rectification.evidence_invalid", Answer(Given.State(Given.Issued()), Given.Unit, "m", Given.Ledger.Id, Given.Ledger.Id).Error!.Code);
    }

    [Fact]
    public void The_answers_task_is_claimed_and_released_by_reviewers_of_the_department_only()
    {
        var answered = Given.State(Given.Answered());

        Assert.IsType<RectificationReviewClaimed>(Assert.Single(RectificationTasks.Claim(answered, Given.Reviewer, Given.Task(1)).Events));
        Assert.Equal("review.not_department_reviewer", RectificationTasks.Claim(answered, Given.OtherDepartmentReviewer, Given.Task(1)).Error!.Code);
        Assert.Equal("review.own_unit", RectificationTasks.Claim(answered, Given.ReviewerOfTheUnit, Given.Task(1)).Error!.Code);
        var claimed = Given.State(Given.Claimed());
        Assert.Equal(RectificationStatus.InReview, claimed.Status);
        Assert.Equal("review.task_claimed", RectificationTasks.Claim(claimed, Given.SecondReviewer, Given.Task(1)).Error!.Code);
        Assert.Equal("review.not_task_holder", RectificationTasks.Release(claimed, Given.SecondReviewer, Given.Task(1)).Error!.Code);
        var released = Given.State([.. Given.Claimed(), .. RectificationTasks.Release(claimed, Given.Reviewer, Given.Task(1)).Events]);
        Assert.Equal((RectificationStatus.Answered, ReviewTaskStatus.Open, null), (released.Status, released.CurrentTask!.Status, released.CurrentTask.AssigneeId));
    }

    [Fact]
    public void The_holder_accepts_the_answer_and_the_notice_is_closed_with_its_task_done()
    {
        var accepted = Assert.IsType<RectificationAccepted>(Assert.Single(
            AcceptAnswer.Decide(Given.State(Given.Claimed()), Given.Reviewer, "整改到位").Events));

        var state = Given.State([.. Given.Claimed(), accepted]);
        Assert.Equal((RectificationStatus.Accepted, ReviewTaskStatus.Done, false), (state.Status, state.CurrentTask!.Status, state.IsOpen));
        Assert.Equal((RoundOutcome.Accepted, "整改到位", Given.Reviewer.Name), (state.Rounds[0].Outcome, state.Rounds[0].Remark, state.Rounds[0].DecidedByName));
        Assert.Equal("Accepted", FormStatus.OutcomeOf(accepted));
        Assert.Equal("review.not_task_holder", AcceptAnswer.Decide(Given.State(Given.Answered()), Given.Reviewer, null).Error!.Code);
        Assert.Equal("review.not_task_holder", AcceptAnswer.Decide(Given.State(Given.Claimed()), Given.SecondReviewer, null).Error!.Code);
    }

    [Fact]
    public void A_returned_answer_goes_back_to_the_unit_with_a_new_deadline_and_its_next_answer_opens_round_two()
    {
        var returned = Assert.IsType<RectificationReturned>(Assert.Single(
            ReturnAnswer.Decide(Given.State(Given.Claimed()), Given.Reviewer, "台账缺少签章", new DateOnly(2026, 4, 15), Given.Today).Events));
        var state = Given.State([.. Given.Claimed(), returned]);

        Assert.Equal((RectificationStatus.Returned, new DateOnly(2026, 4, 15), true), (state.Status, state.Deadline, state.AwaitsUnit));
        Assert.Equal((RoundOutcome.Returned, "台账缺少签章"), (state.Rounds[0].Outcome, state.Rounds[0].Remark));
        var again = Answer(state, Given.Unit, "已补签章");
        Assert.Equal(Given.Task(2), Assert.IsType<RectificationReviewOpened>(again.Events[1]).TaskId);
        Assert.Equal(2, Given.State([.. Given.Claimed(), returned, .. again.Events]).Rounds.Count);
    }

    [Fact]
    public void A_return_needs_a_reason_keeps_the_deadline_unless_given_and_refuses_a_past_one()
    {
        var claimed = Given.State(Given.Claimed());

        Assert.Equal("review.reason_required", ReturnAnswer.Decide(claimed, Given.Reviewer, " ", null, Given.Today).Error!.Code);
        Assert.Equal("rectification.deadline_invalid", ReturnAnswer.Decide(claimed, Given.Reviewer, "r", Given.Today.AddDays(-1), Given.Today).Error!.Code);
        Assert.Equal(Given.Deadline, Assert.IsType<RectificationReturned>(ReturnAnswer.Decide(claimed, Given.Reviewer, "r", null, Given.Today).Events[0]).Deadline);
        Assert.Equal("rectification.not_in_review", ReturnAnswer.Decide(Given.State(Given.Accepted()), Given.Reviewer, "r", null, Given.Today).Error!.Code);
    }

    [Fact]
    public void The_queue_entry_ends_with_the_outcome_of_the_decision()
    {
        var task = Given.Returned().OfType<IReviewTaskEvent>().Aggregate(
            (ReviewTask?)null, (t, e) => ReviewTaskEvolution.Evolve(t, e, DateTimeOffset.Parse("2026-03-05T08:00:00Z", CultureInfo.InvariantCulture)))!;

        Assert.Equal((ReviewTaskStatus.Done, "Returned", Given.Reviewer.Id), (task.Status, task.Outcome, task.AssigneeId));
    }
}
