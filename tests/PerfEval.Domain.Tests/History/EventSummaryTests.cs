using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.History;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.History;

public class EventSummaryTests
{
    /// <summary>The events of a form's stream.</summary>
    private static IEnumerable<Type> EventTypes() => IFormEvent.Types;

    [Fact]
    public void Every_event_type_of_the_form_stream_has_a_summary()
    {
        var types = EventTypes().ToList();

        Assert.Contains(typeof(EvaluationDrafted), types);
        Assert.Contains(typeof(RecheckTaskCompleted), types);
        Assert.All(types, t => Assert.Contains(t, EventSummaries.Known));
    }

    [Fact]
    public void A_draft_names_its_unit_as_the_form_prints_it_and_its_id_only_when_the_form_has_none()
    {
        var form = SeedForms.MemberCard;
        var named = EventSummaries.Of(new EvaluationDrafted(Guid.NewGuid(), "unit-qingpu-union", "dept-qingpu-union", form, "api"));
        var blank = EventSummaries.Of(new EvaluationDrafted(
            Guid.NewGuid(), "unit-qingpu-union", "dept-qingpu-union", form with { Header = form.Header with { ImplementingUnit = " " } }, "api"));

        Assert.Contains($"单位 {form.Header.ImplementingUnit} 创建了自评表草稿", named.Zh);
        Assert.DoesNotContain("unit-qingpu-union", named.Zh + named.En);
        Assert.Contains("单位 unit-qingpu-union 创建了自评表草稿", blank.Zh);
    }

    [Fact]
    public void Every_event_type_of_a_target_declaration_has_a_summary()
    {
        var types = ITargetEvent.Types;

        Assert.Equal(14, types.Count);
        Assert.All(types, t => Assert.Contains(t, EventSummaries.Known));
    }

    [Fact]
    public void Every_event_of_a_full_lifecycle_reads_as_a_sentence_in_both_languages()
    {
        var events = SeedLifecycle.Everything(SeedForms.MemberCard);

        Assert.Equal(EventTypes().ToHashSet(), events.Select(e => e.GetType()).ToHashSet());
        Assert.All(events, e =>
        {
            var summary = EventSummaries.Of(e);
            Assert.False(string.IsNullOrWhiteSpace(summary.Zh));
            Assert.False(string.IsNullOrWhiteSpace(summary.En));
            Assert.DoesNotContain(e.GetType().Name, summary.En);
        });
    }

    [Fact]
    public void Approval_summary_names_the_reviewer_the_final_total_and_grade()
    {
        var approved = new EvaluationApproved(Guid.NewGuid(), Guid.NewGuid(), 95.9m, "优", "r1", "王审核");

        var summary = EventSummaries.Of(approved);

        Assert.Equal("审核人 王审核 审核通过：最终得分 95.9，等级 优。", summary.Zh);
        Assert.Equal("Reviewer 王审核 approved the form: final total 95.9, grade 优.", summary.En);
    }

    [Fact]
    public void Adjustment_summary_shows_the_cell_and_both_scores()
    {
        var adjusted = new ScoreAdjusted(Guid.NewGuid(), Guid.NewGuid(), ScoreTarget.Indicator(0), 17m, null, 15.91m, "按公式", "r1", "王审核");

        Assert.Equal(
            "Reviewer 王审核 adjusted the score of indicator 1 from 17 to 15.91: 按公式",
            EventSummaries.Of(adjusted).En);
        Assert.Equal("审核人 王审核 将第 1 项指标得分由 17 调整为 15.91，理由：按公式", EventSummaries.Of(adjusted).Zh);
        var execution = adjusted with { Target = ScoreTarget.Execution, ClaimedScore = 10m, NewScore = 9m };
        Assert.Equal("审核人 王审核 将预算执行率得分由 10 调整为 9，理由：按公式", EventSummaries.Of(execution).Zh);
    }

    [Fact]
    public void Summaries_of_events_that_record_only_an_actor_id_leave_the_id_to_the_history_entrys_actor()
    {
        var revision = new RevisionRequested(Guid.NewGuid(), Guid.NewGuid(), ["补充台账", "说明偏差原因"], "reviewer-7");
        var released = new ReviewTaskReleased(Guid.NewGuid(), Guid.NewGuid(), "reviewer-7");

        Assert.Equal("审核人退回修改：补充台账；说明偏差原因", EventSummaries.Of(revision).Zh);
        Assert.Equal("The reviewer requested a revision: 补充台账; 说明偏差原因", EventSummaries.Of(revision).En);
        Assert.DoesNotContain("reviewer-7", EventSummaries.Of(released).Zh);
        Assert.DoesNotContain("reviewer-7", EventSummaries.Of(released).En);
    }

    [Fact]
    public void Replaying_a_prefix_of_the_stream_gives_the_state_at_that_point()
    {
        var events = SeedLifecycle.Approved(SeedForms.FlexibleEmployment, 98m, "优");

        Assert.Null(EvaluationReplay.Fold([]));
        Assert.Equal(EvaluationStatus.Draft, EvaluationReplay.Fold(events.Take(1))!.Status);
        Assert.Equal(EvaluationStatus.Submitted, EvaluationReplay.Fold(events.Take(3))!.Status);
        var approved = EvaluationReplay.Fold(events)!;
        Assert.Equal(EvaluationStatus.Approved, approved.Status);
        Assert.Equal(98m, approved.FinalTotal);
    }
}
