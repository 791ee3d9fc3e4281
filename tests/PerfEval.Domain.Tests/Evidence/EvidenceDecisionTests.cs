using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Tests.Evaluations;

namespace PerfEval.Domain.Tests.Evidence;

/// <summary>Attaching a supporting file (佐证材料) to the form or to one of its indicators.</summary>
public class EvidenceDecisionTests
{
    private static EvidenceRef Candidate(int? indicator = 0) => new(
        Guid.NewGuid(), EvidenceSlot.AcceptanceReport, indicator, "验收报告.pdf", "application/pdf", 1024,
        new string('a', 64), "", "");

    [Fact]
    public void The_unit_attaches_a_file_to_an_indicator_of_its_draft_and_the_form_lists_it()
    {
        var state = Given.State(Given.Drafted());

        var attached = Assert.IsType<EvidenceAttached>(Assert.Single(
            EvidenceDecisions.Attach(state, Given.Unit, Candidate(2), EvidenceLimits.Default).Events));
        var after = Given.State([.. Given.Drafted(), attached]);

        var listed = Assert.Single(after.Evidence);
        Assert.Equal((2, "u1", "填报人"), (listed.IndicatorIndex, listed.UploadedById, listed.UploadedByName));
        Assert.Equal(EvaluationStatus.Draft, after.Status);
    }

    [Fact]
    public void A_file_for_the_whole_form_has_no_indicator()
    {
        var decision = EvidenceDecisions.Attach(Given.State(Given.Drafted()), Given.Unit, Candidate(null), EvidenceLimits.Default);
        Assert.Null(Assert.IsType<EvidenceAttached>(Assert.Single(decision.Events)).Evidence.IndicatorIndex);
    }

    [Fact]
    public void Evidence_is_frozen_with_the_content_after_submission()
    {
        var decision = EvidenceDecisions.Attach(Given.State(Given.Submitted()), Given.Unit, Candidate(), EvidenceLimits.Default);

        Assert.Equal((ErrorKind.Conflict, "evidence.frozen"), (decision.Error!.Kind, decision.Error.Code));
        Assert.Contains("冻结", decision.Error.Message);
    }

    [Fact]
    public void A_form_sent_back_for_revision_takes_files_again()
    {
        var sentBack = Given.State([.. Given.Claimed(), new RevisionRequested(Given.Id, Given.TaskOf(1), ["补充验收报告"], "r1")]);
        Assert.True(EvidenceDecisions.Attach(sentBack, Given.Unit, Candidate(), EvidenceLimits.Default).IsAccepted);
    }

    [Fact]
    public void Another_unit_and_a_reviewer_cannot_attach()
    {
        var state = Given.State(Given.Drafted());
        Assert.Equal(EvaluationErrors.NotOwner, EvidenceDecisions.Attach(state, Given.OtherUnit, Candidate(), EvidenceLimits.Default).Error);
        Assert.Equal(EvaluationErrors.NotOwner, EvidenceDecisions.Attach(state, Given.Reviewer, Candidate(), EvidenceLimits.Default).Error);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(999)]
    [InlineData(int.MaxValue)]
    public void An_indicator_index_outside_the_form_is_refused(int index)
    {
        var state = Given.State(Given.Drafted());

        var error = EvidenceDecisions.Attach(state, Given.Unit, Candidate(index), EvidenceLimits.Default).Error!;

        Assert.Equal((ErrorKind.Invalid, "evidence.indicator_not_found"), (error.Kind, error.Code));
        Assert.Contains($"共有 {state.Form.Indicators.Count} 个指标", error.Message);
    }

    [Fact]
    public void A_form_takes_at_most_the_configured_number_of_files()
    {
        var limits = new EvidenceLimits { MaxFilesPerForm = 2 };
        var events = new List<object>(Given.Drafted());
        for (var i = 0; i < 2; i++)
        {
            events.AddRange(EvidenceDecisions.Attach(Given.State([.. events]), Given.Unit, Candidate(), limits).Events);
        }

        var third = EvidenceDecisions.Attach(Given.State([.. events]), Given.Unit, Candidate(), limits);

        Assert.Equal("evidence.too_many", third.Error!.Code);
    }

    [Theory]
    [InlineData("Voucher", EvidenceSlot.Voucher)]
    [InlineData("acceptanceReport", EvidenceSlot.AcceptanceReport)]
    [InlineData("满意度调查", EvidenceSlot.SatisfactionSurvey)]
    [InlineData(" 会议纪要 ", EvidenceSlot.Minutes)]
    [InlineData("其他", EvidenceSlot.Other)]
    public void A_slot_is_read_from_its_name_or_its_chinese_label(string text, EvidenceSlot slot)
    {
        Assert.Equal(slot, EvidenceSlots.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("发票")]
    [InlineData("Voucher,Other")]
    public void Anything_else_is_no_slot(string text)
    {
        Assert.Null(EvidenceSlots.Parse(text));
    }
}
