using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Integrity;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Integrity;

/// <summary>Verification of a stream's chain: the first broken link, old streams, approvals (docs/domain-rules.md#tamper-evident-trail).</summary>
public class ChainVerificationTests
{
    private static readonly DateTimeOffset T0 = new(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The approved seed form's events as the store holds them, linked from version <paramref name="chainFrom"/> on.</summary>
    private static (Guid Id, List<StoredEvent> Events) Stored(int chainFrom = 1)
    {
        var data = SeedLifecycle.Approved(SeedForms.FlexibleEmployment, 95m, "优").ToList();
        var id = ((IFormEvent)data[0]).EvaluationId;
        string? head = null;
        var events = new List<StoredEvent>();
        for (var i = 0; i < data.Count; i++)
        {
            var version = i + 1;
            var e = data[i];
            if (e is EvaluationApproved approved && version >= chainFrom)
            {
                e = approved with { ChainHead = head };
            }

            string? link = null;
            if (version >= chainFrom)
            {
                link = head = EventChain.Link(head, id, version, e);
            }

            events.Add(new StoredEvent(version, e, link, T0.AddMinutes(i)));
        }

        return (id, events);
    }

    [Fact]
    public void An_untouched_stream_is_intact_and_its_approval_matches_the_head_before_it()
    {
        var (id, events) = Stored();

        var report = ChainVerification.Verify(id, events);

        Assert.True(report.Intact);
        Assert.Null(report.FirstBroken);
        Assert.Equal(6, report.Events);
        Assert.Equal(0, report.Unchained);
        Assert.Equal(events[^1].Hash, report.ChainHead);
        var approval = Assert.Single(report.Approvals);
        Assert.Equal(6, approval.Version);
        Assert.Equal(events[4].Hash, approval.ChainHead);
        Assert.True(approval.Matches);
    }

    [Fact]
    public void Changed_data_breaks_the_chain_at_that_event()
    {
        var (id, events) = Stored();
        var submitted = (EvaluationSubmitted)events[1].Data;
        events[1] = events[1] with { Data = submitted with { FiscalYear = 2023 } };

        var report = ChainVerification.Verify(id, events);

        Assert.False(report.Intact);
        Assert.Equal(2, report.FirstBroken!.Version);
        Assert.Equal(nameof(EvaluationSubmitted), report.FirstBroken.Type);
        Assert.Equal("单位第 1 次提交了自评表。", report.FirstBroken.SummaryZh);
        Assert.Equal(BreakReason.HashMismatch, report.FirstBroken.Reason);
        Assert.Equal(T0.AddMinutes(1), report.FirstBroken.At);
    }

    [Fact]
    public void A_changed_link_breaks_the_chain_at_that_event()
    {
        var (id, events) = Stored();
        events[3] = events[3] with { Hash = new string('0', 64) };

        var report = ChainVerification.Verify(id, events);

        Assert.Equal(4, report.FirstBroken!.Version);
        Assert.Equal(BreakReason.HashMismatch, report.FirstBroken.Reason);
    }

    [Fact]
    public void A_removed_link_after_the_chain_began_is_a_missing_hash()
    {
        var (id, events) = Stored();
        events[2] = events[2] with { Hash = null };

        var report = ChainVerification.Verify(id, events);

        Assert.Equal(3, report.FirstBroken!.Version);
        Assert.Equal(BreakReason.MissingHash, report.FirstBroken.Reason);
    }

    [Fact]
    public void A_removed_event_breaks_the_link_of_the_one_after_it()
    {
        var (id, events) = Stored();
        events.RemoveAt(2);

        var report = ChainVerification.Verify(id, events);

        Assert.Equal(4, report.FirstBroken!.Version);
        Assert.Equal(BreakReason.PreviousLinkMismatch, report.FirstBroken.Reason);
    }

    [Fact]
    public void Events_written_before_the_chain_are_counted_and_the_first_chained_one_links_to_the_empty_string()
    {
        var (id, events) = Stored(chainFrom: 4);

        var report = ChainVerification.Verify(id, events);

        Assert.True(report.Intact);
        Assert.Equal(3, report.Unchained);
        Assert.Equal(EventChain.Link("", id, 4, events[3].Data), events[3].Hash);
    }

    [Fact]
    public void Links_stripped_from_the_start_of_a_chained_stream_break_it_at_the_first_link_left()
    {
        var (id, events) = Stored();
        events[0] = events[0] with { Hash = null };
        events[1] = events[1] with { Hash = null };

        var report = ChainVerification.Verify(id, events);

        Assert.Equal(3, report.FirstBroken!.Version);
        Assert.Equal(BreakReason.HashMismatch, report.FirstBroken.Reason);
    }

    [Fact]
    public void An_approval_that_recorded_another_head_is_named_and_the_stream_is_not_intact()
    {
        var (id, events) = Stored();
        var approved = (EvaluationApproved)events[5].Data;
        var forged = approved with { ChainHead = new string('f', 64) };
        events[5] = events[5] with { Data = forged, Hash = EventChain.Link(events[4].Hash, id, 6, forged) };

        var report = ChainVerification.Verify(id, events);

        Assert.Null(report.FirstBroken);
        Assert.False(report.Intact);
        Assert.False(Assert.Single(report.Approvals).Matches);
    }

    [Fact]
    public void An_approval_stored_before_heads_were_recorded_is_neither_a_match_nor_a_mismatch()
    {
        var (id, events) = Stored(chainFrom: 7);

        var report = ChainVerification.Verify(id, events);

        Assert.True(report.Intact);
        Assert.Null(Assert.Single(report.Approvals).Matches);
    }

    [Fact]
    public void The_approve_decision_records_the_head_of_the_state_it_approved()
    {
        var (_, events) = Stored();
        var state = events.Take(5).Select(e => e.Data).Aggregate((Evaluation?)null, EvaluationEvolution.Evolve)!
            .AtVersion(5, T0, T0, events[4].Hash);

        var decision = ReviewDecisions.Approve(state, new Actor("r1", "审核人", new HashSet<string> { Role.Reviewer }, null, new HashSet<string> { "dept-1" }), ScoringProfile.Default);

        Assert.Equal(events[4].Hash, Assert.IsType<EvaluationApproved>(Assert.Single(decision.Events)).ChainHead);
    }
}
