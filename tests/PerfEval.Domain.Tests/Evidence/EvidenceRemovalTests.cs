using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.History;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Evaluations;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Tests.Evidence;

/// <summary>Removing a supporting file (佐证材料) the unit attached by mistake, while the form is editable.</summary>
public class EvidenceRemovalTests
{
    private static readonly Guid Mistaken = Guid.Parse("0190a000-0000-7000-8000-0000000000e1");
    private static readonly Guid Kept = Guid.Parse("0190a000-0000-7000-8000-0000000000e2");

    private static EvidenceAttached Attached(Guid id, string name, EvidenceSlot slot, int? indicator) => new(Given.Id, new EvidenceRef(
        id, slot, indicator, name, "application/pdf", 1024, new string('a', 64), "u1", "填报人"));

    /// <summary>A draft with two files: the mistaken one on the whole form, the kept one on indicator 3.</summary>
    private static object[] WithTwoFiles(params object[] before) =>
    [
        .. before.Length == 0 ? Given.Drafted() : before,
        Attached(Mistaken, "误传的合同.pdf", EvidenceSlot.Other, null),
        Attached(Kept, "验收报告.pdf", EvidenceSlot.AcceptanceReport, 2),
    ];

    [Fact]
    public void The_unit_removes_a_file_from_its_draft_and_the_form_no_longer_lists_it()
    {
        var events = WithTwoFiles();

        var removed = Assert.IsType<EvidenceRemoved>(Assert.Single(
            EvidenceDecisions.Remove(Given.State(events), Given.Unit, Mistaken).Events));
        var after = Given.State([.. events, removed]);

        Assert.Equal((Given.Id, Mistaken, "u1", "填报人", "误传的合同.pdf", EvidenceSlot.Other),
            (removed.EvaluationId, removed.EvidenceId, removed.RemovedById, removed.RemovedByName, removed.FileName, removed.Slot));
        Assert.Equal(Kept, Assert.Single(after.Evidence).Id);
        Assert.Contains(Mistaken, after.RemovedEvidenceIds);
        Assert.Equal(EvaluationStatus.Draft, after.Status);
    }

    [Fact]
    public void A_file_already_removed_is_done_and_appends_nothing()
    {
        var events = WithTwoFiles();
        var removed = EvidenceDecisions.Remove(Given.State(events), Given.Unit, Mistaken).Events;

        var again = EvidenceDecisions.Remove(Given.State([.. events, .. removed]), Given.Unit, Mistaken);

        Assert.Same(Decision.AlreadyDone, again);
    }

    [Fact]
    public void An_id_the_form_never_had_is_not_found()
    {
        var error = EvidenceDecisions.Remove(Given.State(WithTwoFiles()), Given.Unit, Guid.NewGuid()).Error!;

        Assert.Equal((ErrorKind.NotFound, "evidence.not_found"), (error.Kind, error.Code));
        Assert.Contains("佐证材料", error.Message);
        Assert.Contains("evidence", error.MessageEn);
    }

    [Fact]
    public void Evidence_is_frozen_with_the_content_after_submission()
    {
        var submitted = WithTwoFiles().Concat(Given.Submitted().Skip(Given.Drafted().Length)).ToArray();
        Assert.Equal(EvaluationStatus.Submitted, Given.State(submitted).Status);

        var decision = EvidenceDecisions.Remove(Given.State(submitted), Given.Unit, Mistaken);

        Assert.Equal((ErrorKind.Conflict, "evidence.frozen"), (decision.Error!.Kind, decision.Error.Code));
        Assert.Contains("冻结", decision.Error.Message);
    }

    [Fact]
    public void A_form_sent_back_for_revision_lets_the_unit_remove_files_again()
    {
        var sentBack = WithTwoFiles([.. Given.Claimed(), new RevisionRequested(Given.Id, Given.TaskOf(1), ["删除无关材料"], "r1")]);

        Assert.True(EvidenceDecisions.Remove(Given.State(sentBack), Given.Unit, Mistaken).IsAccepted);
    }

    [Fact]
    public void Another_unit_and_a_reviewer_cannot_remove_with_the_same_refusal_as_attaching()
    {
        var state = Given.State(WithTwoFiles());

        Assert.Equal(EvaluationErrors.NotOwner, EvidenceDecisions.Remove(state, Given.OtherUnit, Mistaken).Error);
        Assert.Equal(EvaluationErrors.NotOwner, EvidenceDecisions.Remove(state, Given.Reviewer, Mistaken).Error);
        Assert.Equal(EvaluationErrors.NotOwner, EvidenceDecisions.Remove(state, Given.Manager, Mistaken).Error);
    }

    [Fact]
    public void A_removed_file_no_longer_counts_against_the_per_form_limit()
    {
        var limits = new EvidenceLimits { MaxFilesPerForm = 2 };
        var events = WithTwoFiles();
        var full = EvidenceDecisions.Attach(Given.State(events), Given.Unit, Attached(Guid.NewGuid(), "x.pdf", EvidenceSlot.Voucher, null).Evidence, limits);
        Assert.Equal("evidence.too_many", full.Error!.Code);

        var removed = EvidenceDecisions.Remove(Given.State(events), Given.Unit, Mistaken).Events;
        var room = EvidenceDecisions.Attach(Given.State([.. events, .. removed]), Given.Unit, Attached(Guid.NewGuid(), "x.pdf", EvidenceSlot.Voucher, null).Evidence, limits);

        Assert.True(room.IsAccepted);
    }

    [Fact]
    public void A_re_check_of_the_resubmitted_form_can_cite_the_kept_file_but_not_the_removed_one()
    {
        var events = WithTwoFiles();
        var inReview = Given.State([.. events, .. EvidenceDecisions.Remove(Given.State(events), Given.Unit, Mistaken).Events, .. Given.Claimed().Skip(1)]);

        Decision Cite(Guid evidence) => RecheckDecisions.Record(inReview, Given.Reviewer, DefaultRulebook.Instance, ScoringProfile.Default,
            [new RecheckInput("indicator", 2, null, null, "FH-06", [evidence], null)]);

        Assert.Equal("recheck.unknown_evidence", Cite(Mistaken).Error!.Code);
        Assert.True(Cite(Kept).IsAccepted, Cite(Kept).Error?.Message);
    }

    [Fact]
    public void The_history_names_the_removed_file_by_its_name_and_slot()
    {
        var summary = EventSummaries.Of(new EvidenceRemoved(Given.Id, Mistaken, "u1", "张填报", "误传的合同.pdf", EvidenceSlot.Other));

        Assert.StartsWith("张填报 删除了佐证材料“误传的合同.pdf”（其他）", summary.Zh);
        Assert.StartsWith("张填报 removed the evidence file '误传的合同.pdf' (Other)", summary.En);
    }
}
