using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

public class TargetAdjustmentTests
{
    [Fact]
    public void Targets_are_adjusted_only_after_approval()
    {
        Assert.Equal("targets.not_approved",
            TargetDecisions.RequestAdjustment(Given.State(Given.Drafted()), Given.Unit, "政策调整", Given.Adjusted, null).Error!.Code);
        Assert.Equal("targets.not_approved",
            TargetDecisions.RequestAdjustment(Given.State(Given.Claimed()), Given.Unit, "政策调整", Given.Adjusted, null).Error!.Code);
    }

    [Fact]
    public void Only_the_declaring_unit_asks_for_an_adjustment()
    {
        var state = Given.State(Given.Approved());
        Assert.Equal(TargetErrors.NotOwner, TargetDecisions.RequestAdjustment(state, Given.OtherUnit, "政策调整", Given.Adjusted, null).Error);
        Assert.Equal(TargetErrors.NotOwner, TargetDecisions.RequestAdjustment(state, Given.Reviewer, "政策调整", Given.Adjusted, null).Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_adjustment_needs_a_reason(string? reason)
    {
        var decision = TargetDecisions.RequestAdjustment(Given.State(Given.Approved()), Given.Unit, reason, Given.Adjusted, null);
        Assert.Equal("review.reason_required", decision.Error!.Code);
    }

    [Fact]
    public void An_adjustment_to_the_approved_content_itself_is_refused()
    {
        var decision = TargetDecisions.RequestAdjustment(Given.State(Given.Approved()), Given.Unit, "政策调整", Given.Content, null);
        Assert.Equal(TargetErrors.AdjustmentUnchanged, decision.Error);
    }

    [Fact]
    public void An_adjustment_may_not_rename_the_project()
    {
        var renamed = Given.Adjusted with { Header = Given.Adjusted.Header with { ProjectName = "另一个项目" } };
        var decision = TargetDecisions.RequestAdjustment(Given.State(Given.Approved()), Given.Unit, "政策调整", renamed, null);
        Assert.Equal(TargetErrors.IdentityChanged, decision.Error);
    }

    [Fact]
    public void An_adjustment_is_pending_with_its_own_TargetAdjustment_task_and_the_approved_version_stays_in_force()
    {
        var decision = TargetDecisions.RequestAdjustment(
            Given.State(Given.Approved()), Given.Unit, " 政策调整，补贴对象减少 ", Given.Adjusted, new DateOnly(2025, 7, 31));

        Assert.Collection(decision.Events,
            e => Assert.Equal(new TargetAdjustmentRequested(Given.Id, 1, "政策调整，补贴对象减少", Given.Adjusted), e),
            e =>
            {
                var opened = Assert.IsType<TargetReviewOpened>(e);
                Assert.Equal((ReviewTaskKind.TargetAdjustment, 1), (opened.Kind, opened.Submission));
                Assert.Equal(TargetIds.TaskFor(Given.Id, "adjustment:1"), opened.TaskId);
            });
        var after = Given.State([.. Given.Approved(), .. decision.Events]);
        Assert.Equal(new TargetAdjustment(1, "政策调整，补贴对象减少", Given.Adjusted, AdjustmentStatus.Pending), after.PendingAdjustment);
        Assert.Equal((TargetStatus.Approved, Given.Content, 1), (after.Status, after.Content, after.Approved!.Number));
        Assert.Equal((Given.AdjustmentTask(1), ReviewTaskStatus.Open), (after.CurrentTask!.TaskId, after.CurrentTask.Status));
    }

    [Fact]
    public void A_second_adjustment_while_one_is_pending_is_refused()
    {
        var decision = TargetDecisions.RequestAdjustment(
            Given.State(Given.AdjustmentRequested()), Given.Unit, "再次调整", Given.Adjusted with { Goals = "新目标" }, null);
        Assert.Equal(TargetErrors.AdjustmentPending, decision.Error);
    }

    [Fact]
    public void Claiming_an_adjustments_task_keeps_the_declaration_approved()
    {
        var claim = TargetDecisions.Claim(Given.State(Given.AdjustmentRequested()), Given.Reviewer, Given.AdjustmentTask(1));

        var after = Given.State([.. Given.AdjustmentRequested(), .. claim.Events]);
        Assert.Equal(TargetStatus.Approved, after.Status);
        Assert.Equal((ReviewTaskStatus.Claimed, Given.Reviewer.Id), (after.CurrentTask!.Status, after.CurrentTask.AssigneeId));
    }

    [Fact]
    public void An_approved_adjustment_is_version_2_and_the_content_in_force_while_version_1_stays_readable()
    {
        var decision = TargetDecisions.ApproveAdjustment(Given.State(Given.AdjustmentClaimed()), Given.Reviewer, 1);

        var approved = Assert.IsType<TargetAdjustmentApproved>(Assert.Single(decision.Events));
        Assert.Equal((1, 2, Given.AdjustmentTask(1)), (approved.Number, approved.VersionNumber, approved.TaskId));
        var after = Given.State([.. Given.AdjustmentClaimed(), .. decision.Events]);
        Assert.Equal(Given.Adjusted, after.Content);
        Assert.Collection(after.Versions,
            v => Assert.Equal(new ApprovedTargets(1, Given.Content, Given.Reviewer.Name, null), v),
            v => Assert.Equal(new ApprovedTargets(2, Given.Adjusted, Given.Reviewer.Name, "政策调整，补贴对象减少"), v));
        Assert.Equal(2, after.Approved!.Number);
        Assert.Equal(AdjustmentStatus.Approved, Assert.Single(after.Adjustments).Status);
        Assert.Null(after.PendingAdjustment);
        Assert.Equal(ReviewTaskStatus.Done, after.CurrentTask!.Status);
        Assert.Equal("良", after.ReviewGrade);
    }

    [Fact]
    public void A_rejected_adjustment_keeps_version_1_and_a_new_one_may_be_asked_for()
    {
        var state = Given.State(Given.AdjustmentClaimed());
        Assert.Equal("review.reason_required", TargetDecisions.RejectAdjustment(state, Given.Reviewer, 1, " ").Error!.Code);

        var decision = TargetDecisions.RejectAdjustment(state, Given.Reviewer, 1, " 调整理由不充分 ");

        var after = Given.State([.. Given.AdjustmentClaimed(), .. decision.Events]);
        Assert.Equal(Given.Content, after.Content);
        Assert.Equal(1, Assert.Single(after.Versions).Number);
        var adjustment = Assert.Single(after.Adjustments);
        Assert.Equal((AdjustmentStatus.Rejected, "调整理由不充分"), (adjustment.Status, adjustment.RejectionReason));
        Assert.Equal(ReviewTaskStatus.Done, after.CurrentTask!.Status);
        var next = TargetDecisions.RequestAdjustment(after, Given.Unit, "补充理由后再次申请", Given.Adjusted, null);
        Assert.Equal(2, Assert.IsType<TargetAdjustmentRequested>(next.Events[0]).Number);
        Assert.Equal(Given.AdjustmentTask(2), Assert.IsType<TargetReviewOpened>(next.Events[1]).TaskId);
    }

    [Fact]
    public void An_adjustment_approved_and_one_rejected_both_record_the_deciding_reviewers_id()
    {
        var approved = Given.State([.. Given.AdjustmentClaimed(),
            .. TargetDecisions.ApproveAdjustment(Given.State(Given.AdjustmentClaimed()), Given.Reviewer, 1).Events]);
        var rejected = Given.State([.. Given.AdjustmentClaimed(),
            .. TargetDecisions.RejectAdjustment(Given.State(Given.AdjustmentClaimed()), Given.Reviewer, 1, "理由不足").Events]);

        Assert.Equal(Given.Reviewer.Id, approved.Adjustments[0].DecidedBy);
        Assert.Equal(Given.Reviewer.Id, rejected.Adjustments[0].DecidedBy);
    }

    [Fact]
    public void Only_the_holder_of_the_adjustments_task_decides_the_pending_adjustment()
    {
        var state = Given.State(Given.AdjustmentClaimed());
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.ApproveAdjustment(state, Given.SecondReviewer, 1).Error);
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.ApproveAdjustment(Given.State(Given.AdjustmentRequested()), Given.Reviewer, 1).Error);
        Assert.Equal("targets.no_such_adjustment", TargetDecisions.ApproveAdjustment(state, Given.Reviewer, 2).Error!.Code);
        Assert.Equal("targets.no_such_adjustment", TargetDecisions.RejectAdjustment(state, Given.Reviewer, 2, "r").Error!.Code);
    }

    [Fact]
    public void A_decided_adjustment_is_not_decided_again()
    {
        var approved = Given.State(Given.AdjustmentApproved());
        Assert.Equal(ReviewErrors.NotTaskHolder, TargetDecisions.ApproveAdjustment(approved, Given.Reviewer, 1).Error);
    }
}
