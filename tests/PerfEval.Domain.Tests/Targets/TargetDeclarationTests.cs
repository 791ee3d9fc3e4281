using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

public class TargetDeclarationTests
{
    [Fact]
    public void A_unit_declares_targets_as_a_draft_of_its_own_unit_and_department()
    {
        var decision = TargetDecisions.Draft(null, Given.Id, Given.Unit, Given.Content, "api");

        var drafted = Assert.IsType<TargetsDrafted>(Assert.Single(decision.Events));
        var state = Given.State(drafted);
        Assert.Equal(("unit-1", "dept-1"), (drafted.UnitId, drafted.DepartmentId));
        Assert.Equal(TargetStatus.Draft, state.Status);
        Assert.Equal((2025, Given.ProjectName), (state.FiscalYear, state.ProjectName));
        Assert.Empty(state.Versions);
        Assert.Null(state.Approved);
    }

    [Fact]
    public void Reviewers_and_managers_cannot_declare_targets()
    {
        Assert.Equal(TargetErrors.OnlyUnitsDeclare, TargetDecisions.Draft(null, Given.Id, Given.Reviewer, Given.Content, "api").Error);
        Assert.Equal(TargetErrors.OnlyUnitsDeclare, TargetDecisions.Draft(null, Given.Id, Given.Manager, Given.Content, "api").Error);
    }

    [Fact]
    public void A_second_declaration_of_the_same_project_and_year_is_refused()
    {
        var existing = Given.State(Given.Drafted());

        var decision = TargetDecisions.Draft(existing, Given.Id, Given.Unit, Given.Content, "import");

        Assert.Equal("targets.already_declared", decision.Error!.Code);
    }

    [Fact]
    public void The_stream_id_is_the_same_for_a_project_name_that_differs_only_in_whitespace()
    {
        Assert.Equal(Given.Id, TargetIds.For("unit-1", 2025, " 灵活就业\n工作经费 "));
        Assert.NotEqual(Given.Id, TargetIds.For("unit-1", 2026, Given.ProjectName));
        Assert.NotEqual(Given.Id, TargetIds.For("unit-2", 2025, Given.ProjectName));
    }

    [Fact]
    public void The_owner_replaces_a_drafts_content_and_another_unit_may_not()
    {
        var state = Given.State(Given.Drafted());

        var replaced = TargetDecisions.ReplaceContent(state, Given.Unit, Given.Adjusted);

        Assert.Equal(Given.Adjusted, Given.State([.. Given.Drafted(), .. replaced.Events]).Content);
        Assert.Equal(TargetErrors.NotOwner, TargetDecisions.ReplaceContent(state, Given.OtherUnit, Given.Adjusted).Error);
        Assert.Equal(TargetErrors.NotOwner, TargetDecisions.ReplaceContent(state, Given.Reviewer, Given.Adjusted).Error);
    }

    [Fact]
    public void Content_is_replaced_only_in_Draft_or_RevisionRequested()
    {
        Assert.Equal("targets.not_editable",
            TargetDecisions.ReplaceContent(Given.State(Given.Submitted()), Given.Unit, Given.Adjusted).Error!.Code);
        Assert.Equal("targets.not_editable",
            TargetDecisions.ReplaceContent(Given.State(Given.Approved()), Given.Unit, Given.Adjusted).Error!.Code);
        Assert.True(TargetDecisions.ReplaceContent(Given.State(Given.SentBack()), Given.Unit, Given.Adjusted).IsAccepted);
    }

    [Fact]
    public void The_project_name_and_year_cannot_change_but_a_wrapped_name_is_the_same_project()
    {
        var state = Given.State(Given.Drafted());
        var renamed = Given.Content with { Header = Given.Content.Header with { ProjectName = "另一个项目" } };
        var nextYear = Given.Content with { Header = Given.Content.Header with { FiscalYear = 2026 } };
        var wrapped = Given.Content with { Header = Given.Content.Header with { ProjectName = "灵活就业\n工作经费" } };

        Assert.Equal("targets.identity_changed", TargetDecisions.ReplaceContent(state, Given.Unit, renamed).Error!.Code);
        Assert.Equal("targets.identity_changed", TargetDecisions.ReplaceContent(state, Given.Unit, nextYear).Error!.Code);
        Assert.True(TargetDecisions.ReplaceContent(state, Given.Unit, wrapped).IsAccepted);
    }

    [Fact]
    public void Submitting_records_the_findings_and_opens_a_Targets_review_task_with_a_derived_id()
    {
        var state = Given.State(Given.Drafted());
        var finding = DeclarationRules.Check(
            Given.WithIndicator(Given.Content, 0, i => i with { Target = "8000(人)" }), ScoringProfile.Default,
            new Dictionary<string, Measure>())[0];
        var due = new DateOnly(2025, 2, 28);

        var decision = TargetDecisions.Submit(state, Given.Unit, [finding], due);

        Assert.Collection(decision.Events,
            e => Assert.Equal((1, finding), (Assert.IsType<TargetsSubmitted>(e).Submission, Assert.Single(((TargetsSubmitted)e).Findings))),
            e =>
            {
                var opened = Assert.IsType<TargetReviewOpened>(e);
                Assert.Equal(ReviewTaskKind.Targets, opened.Kind);
                Assert.Equal(TargetIds.TaskFor(Given.Id, "submission:1"), opened.TaskId);
                Assert.Equal((1, "unit-1", "dept-1", 2025, Given.ProjectName, (DateOnly?)due),
                    (opened.Submission, opened.UnitId, opened.DepartmentId, opened.FiscalYear, opened.ProjectName, opened.DueDate));
            });
        var after = Given.State([.. Given.Drafted(), .. decision.Events]);
        Assert.Equal(TargetStatus.Submitted, after.Status);
        Assert.Equal([finding], after.Findings);
        Assert.Equal(new ReviewTaskRef(Given.SubmissionTask(1), 1, due), after.CurrentTask);
        Assert.Equal("targets.not_editable", TargetDecisions.Submit(after, Given.Unit, [], null).Error!.Code);
    }

    [Fact]
    public void Only_the_owner_submits()
    {
        Assert.Equal(TargetErrors.NotOwner, TargetDecisions.Submit(Given.State(Given.Drafted()), Given.OtherUnit, [], null).Error);
    }

    [Fact]
    public void A_resubmission_after_a_revision_request_is_submission_2_with_its_own_task()
    {
        var sentBack = Given.State(Given.SentBack());

        var decision = TargetDecisions.Submit(sentBack, Given.Unit, [], null);

        var opened = Assert.IsType<TargetReviewOpened>(decision.Events[1]);
        Assert.Equal((2, Given.SubmissionTask(2)), (opened.Submission, opened.TaskId));
        Assert.NotEqual(Given.SubmissionTask(1), opened.TaskId);
        var after = Given.State([.. Given.SentBack(), .. decision.Events]);
        Assert.Equal((TargetStatus.Submitted, 2, ReviewTaskStatus.Open), (after.Status, after.Submissions, after.CurrentTask!.Status));
    }

    [Fact]
    public void A_reviewer_of_the_department_claims_the_task_and_the_declaration_is_in_review()
    {
        var claim = TargetDecisions.Claim(Given.State(Given.Submitted()), Given.Reviewer, Given.SubmissionTask(1));

        Assert.Equal(new TargetReviewClaimed(Given.SubmissionTask(1), Given.Id, Given.Reviewer.Id, Given.Reviewer.Name), Assert.Single(claim.Events));
        var state = Given.State([.. Given.Submitted(), .. claim.Events]);
        Assert.Equal(TargetStatus.InReview, state.Status);
        Assert.Equal((ReviewTaskStatus.Claimed, Given.Reviewer.Id), (state.CurrentTask!.Status, state.CurrentTask.AssigneeId));
    }

    [Fact]
    public void Reviewers_of_other_departments_and_of_the_declaring_unit_may_not_claim()
    {
        var state = Given.State(Given.Submitted());
        Assert.Equal(ReviewErrors.NotDepartmentReviewer, TargetDecisions.Claim(state, Given.OtherDepartmentReviewer, Given.SubmissionTask(1)).Error);
        Assert.Equal(ReviewErrors.OwnUnit, TargetDecisions.Claim(state, Given.ReviewerOfTheUnit, Given.SubmissionTask(1)).Error);
        Assert.Equal(ReviewErrors.NotDepartmentReviewer, TargetDecisions.Claim(state, Given.Unit, Given.SubmissionTask(1)).Error);
    }

    [Fact]
    public void A_claimed_task_is_refused_to_another_reviewer_and_a_repeat_by_its_holder_is_no_op()
    {
        var state = Given.State(Given.Claimed());

        var other = TargetDecisions.Claim(state, Given.SecondReviewer, Given.SubmissionTask(1));
        var repeat = TargetDecisions.Claim(state, Given.Reviewer, Given.SubmissionTask(1));

        Assert.Equal("review.task_claimed", other.Error!.Code);
        Assert.True(repeat.IsAccepted);
        Assert.Empty(repeat.Events);
    }

    [Fact]
    public void A_task_other_than_the_current_one_or_a_done_one_cannot_be_claimed()
    {
        Assert.Equal(ReviewErrors.TaskNotCurrent, TargetDecisions.Claim(Given.State(Given.Submitted()), Given.Reviewer, Given.SubmissionTask(2)).Error);
        Assert.Equal(ReviewErrors.TaskNotCurrent, TargetDecisions.Claim(Given.State(Given.Drafted()), Given.Reviewer, Given.SubmissionTask(1)).Error);
        Assert.Equal(ReviewErrors.TaskDone, TargetDecisions.Claim(Given.State(Given.Approved()), Given.Reviewer, Given.SubmissionTask(1)).Error);
    }

    [Fact]
    public void The_holder_releases_the_task_back_to_the_pool_and_no_one_else_may()
    {
        var state = Given.State(Given.Claimed());

        var release = TargetDecisions.Release(state, Given.Reviewer, Given.SubmissionTask(1));

        var after = Given.State([.. Given.Claimed(), .. release.Events]);
        Assert.Equal(TargetStatus.Submitted, after.Status);
        Assert.Equal((ReviewTaskStatus.Open, null), (after.CurrentTask!.Status, after.CurrentTask.AssigneeId));
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.Release(state, Given.SecondReviewer, Given.SubmissionTask(1)).Error);
        Assert.Equal(ReviewErrors.TaskNotCurrent, TargetDecisions.Release(state, Given.Reviewer, Given.SubmissionTask(2)).Error);
        Assert.True(TargetDecisions.Claim(after, Given.SecondReviewer, Given.SubmissionTask(1)).IsAccepted);
    }

    [Fact]
    public void The_holder_comments_on_the_declaration_or_on_indicators_2()
    {
        var state = Given.State(Given.Claimed());

        var comment = TargetDecisions.Comment(state, Given.Reviewer, "  成本测算依据不足 ", 2);

        var added = Assert.IsType<TargetCommentAdded>(Assert.Single(comment.Events));
        Assert.Equal(("成本测算依据不足", (int?)2, Given.SubmissionTask(1)), (added.Text, added.IndicatorIndex, added.TaskId));
        var after = Given.State([.. Given.Claimed(), .. comment.Events]);
        Assert.Equal((1, (int?)2), (Assert.Single(after.Comments).Submission, after.Comments[0].IndicatorIndex));
        Assert.True(TargetDecisions.Comment(state, Given.Reviewer, "整体意见", null).IsAccepted);
    }

    [Fact]
    public void A_comment_needs_text_an_existing_indicator_and_the_task()
    {
        var state = Given.State(Given.Claimed());
        Assert.Equal("review.text_required", TargetDecisions.Comment(state, Given.Reviewer, " ", null).Error!.Code);
        Assert.Equal("review.no_such_indicator", TargetDecisions.Comment(state, Given.Reviewer, "意见", 5).Error!.Code);
        Assert.Equal("review.no_such_indicator", TargetDecisions.Comment(state, Given.Reviewer, "意见", -1).Error!.Code);
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.Comment(state, Given.SecondReviewer, "意见", null).Error);
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.Comment(Given.State(Given.Submitted()), Given.Reviewer, "意见", null).Error);
    }

    [Fact]
    public void A_revision_request_needs_reasons()
    {
        var state = Given.State(Given.Claimed());
        Assert.Equal("review.reasons_required", TargetDecisions.RequestRevision(state, Given.Reviewer, [" "]).Error!.Code);
        Assert.Equal("review.reasons_required", TargetDecisions.RequestRevision(state, Given.Reviewer, null).Error!.Code);
    }

    [Fact]
    public void A_revision_request_sends_the_declaration_back_and_ends_the_task()
    {
        var decision = TargetDecisions.RequestRevision(Given.State(Given.Claimed()), Given.Reviewer, [" 补充测算依据 ", ""]);

        var after = Given.State([.. Given.Claimed(), .. decision.Events]);
        Assert.Equal(TargetStatus.RevisionRequested, after.Status);
        Assert.Equal(["补充测算依据"], after.RevisionReasons);
        Assert.Equal(ReviewTaskStatus.Done, after.CurrentTask!.Status);
    }

    [Theory]
    [InlineData("优")]
    [InlineData("良")]
    [InlineData("中")]
    [InlineData("差")]
    public void Approval_fixes_the_review_grade_and_makes_the_content_version_1(string grade)
    {
        var decision = TargetDecisions.Approve(Given.State(Given.Claimed()), Given.Reviewer, grade);

        var approved = Assert.IsType<TargetsApproved>(Assert.Single(decision.Events));
        Assert.Equal((1, grade, Given.SubmissionTask(1)), (approved.VersionNumber, approved.Grade, approved.TaskId));
        var after = Given.State([.. Given.Claimed(), .. decision.Events]);
        Assert.Equal((TargetStatus.Approved, grade), (after.Status, after.ReviewGrade));
        Assert.Equal(new ApprovedTargets(1, Given.Content, Given.Reviewer.Name, null), Assert.Single(after.Versions));
        Assert.Equal(after.Versions[0], after.Approved);
        Assert.Equal(ReviewTaskStatus.Done, after.CurrentTask!.Status);
    }

    [Fact]
    public void A_grade_around_spaces_is_read_without_them()
    {
        var approved = Assert.IsType<TargetsApproved>(
            Assert.Single(TargetDecisions.Approve(Given.State(Given.Claimed()), Given.Reviewer, " 优 ").Events));
        Assert.Equal("优", approved.Grade);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("良好")]
    [InlineData("合格")]
    public void A_grade_other_than_the_four_is_refused(string? grade)
    {
        var decision = TargetDecisions.Approve(Given.State(Given.Claimed()), Given.Reviewer, grade);
        Assert.Equal("targets.grade_invalid", decision.Error!.Code);
    }

    [Fact]
    public void Only_the_reviewer_holding_the_task_approves()
    {
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.Approve(Given.State(Given.Claimed()), Given.SecondReviewer, "优").Error);
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.Approve(Given.State(Given.Submitted()), Given.Reviewer, "优").Error);
        Assert.Equal(ReviewErrors.NotDepartmentReviewer, TargetDecisions.Approve(Given.State(Given.Claimed()), Given.OtherDepartmentReviewer, "优").Error);
    }

    [Fact]
    public void A_declaration_not_in_review_is_not_approved_rejected_or_sent_back_even_by_the_holder_of_a_task()
    {
        var adjusting = Given.State(Given.AdjustmentClaimed());

        Assert.Equal("targets.not_in_review", TargetDecisions.Approve(adjusting, Given.Reviewer, "优").Error!.Code);
        Assert.Equal("targets.not_in_review", TargetDecisions.Reject(adjusting, Given.Reviewer, "不合理").Error!.Code);
        Assert.Equal("targets.not_in_review", TargetDecisions.RequestRevision(adjusting, Given.Reviewer, ["补充"]).Error!.Code);
    }

    [Fact]
    public void A_rejection_needs_a_reason_and_ends_the_declaration()
    {
        var state = Given.State(Given.Claimed());
        Assert.Equal("review.reason_required", TargetDecisions.Reject(state, Given.Reviewer, "  ").Error!.Code);

        var reject = TargetDecisions.Reject(state, Given.Reviewer, " 项目不符合支持方向 ");

        var after = Given.State([.. Given.Claimed(), .. reject.Events]);
        Assert.Equal((TargetStatus.Rejected, "项目不符合支持方向"), (after.Status, after.RejectionReason));
        Assert.Equal(ReviewTaskStatus.Done, after.CurrentTask!.Status);
        Assert.Empty(after.Versions);
        Assert.Equal("targets.not_editable", TargetDecisions.Submit(after, Given.Unit, [], null).Error!.Code);
        Assert.Equal("targets.not_approved", TargetDecisions.RequestAdjustment(after, Given.Unit, "r", Given.Adjusted, null).Error!.Code);
    }
}
