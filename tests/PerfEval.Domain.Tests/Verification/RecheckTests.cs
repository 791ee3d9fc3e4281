using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Evaluations;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.Domain.Verification;
using PerfEval.Domain.Yearly;

namespace PerfEval.Domain.Tests.Verification;

/// <summary>
/// The re-check (复核) of a form's cells under the shipped rulebook: each clause's figure on a named cell, the refusals,
/// the deviation (偏离度), and the fold of legacy adjustments.
/// </summary>
public class RecheckTests
{
    private static readonly Guid Evidence = Guid.Parse("0190a000-0000-7000-8000-0000000000e1");

    /// <summary>
    /// The seed form with known rows: execution weight 10 claimed 10; [0] 产出 数量 ≥100(人) weight 20 claimed 20;
    /// [1] 产出 质量 ≥95% weight 10 claimed 10; [2] 效益 社会效益 weight 10 claimed 10; [3] 满意度 weight 10 claimed 9.
    /// </summary>
    private static EvaluationForm Form { get; } = SeedForms.FlexibleEmployment with
    {
        Funds = SeedForms.FlexibleEmployment.Funds with { Weight = 10m, ClaimedScore = 10m },
        Indicators =
        [
            Row("产出指标", "数量指标", "培训人数", "≥100(人)", "120(人)", 20m, 20m),
            Row("产出指标", "质量指标", "培训合格率", "≥95%", "96%", 10m, 10m),
            Row("效益指标", "社会效益指标", "就业能力提升", "明显提升", "明显提升", 10m, 10m),
            Row("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", 10m, 9m),
        ],
    };

    private static IndicatorRow Row(string l1, string l2, string name, string target, string actual, decimal weight, decimal claimed) =>
        new() { Level1 = l1, Level2 = l2, Name = name, Target = target, Actual = actual, Weight = weight, ClaimedScore = claimed };

    private static object[] Claimed() =>
    [
        new EvaluationDrafted(Given.Id, "unit-1", "dept-1", Form, "api"),
        .. Given.Claimed().Skip(1),
    ];

    private static Evaluation InReview => Given.State(Claimed()) with
    {
        Evidence = [new EvidenceRef(Evidence, EvidenceSlot.AcceptanceReport, 2, "验收报告.pdf", "application/pdf", 1024, "ab", "u1", "填报人")],
    };

    private static Decision Record(Evaluation state, params RecheckInput[] entries) =>
        RecheckDecisions.Record(state, Given.Reviewer, DefaultRulebook.Instance, ScoringProfile.Default, entries);

    private static RecheckInput Indicator(int i, string clause, decimal? score = null, string? actual = null, string? remark = null, Guid[]? evidence = null) =>
        new("indicator", i, actual, score, clause, evidence, remark);

    private static RecheckRecorded Single(Decision decision) =>
        Assert.IsType<RecheckRecorded>(Assert.Single(decision.Events));

    [Fact]
    public void Indicators_2_under_FH_06_deducts_60_percent_of_weight_10_to_4_00()
    {
        var recorded = Single(Record(InReview, Indicator(2, "FH-06", evidence: [Evidence])));

        Assert.Equal((4.00m, 10m, "FH-06", "default", 1), (recorded.VerifiedScore, recorded.SelfScore, recorded.ClauseCode, recorded.RulebookRegion, recorded.RulebookVersion));
        Assert.Equal([Evidence], recorded.EvidenceIds);
        Assert.Equal(Given.TaskOf(1), recorded.TaskId);
    }

    [Theory]
    [InlineData("FH-05", 7.00)]
    [InlineData("FH-07", 0.00)]
    [InlineData("FH-08", 10.00)]
    [InlineData("FH-02", 0.00)]
    public void Indicators_1_of_weight_10_gets_each_clauses_figure(string clause, double expected) =>
        Assert.Equal((decimal)expected, Single(Record(InReview, Indicator(1, clause))).VerifiedScore);

    [Fact]
    public void Indicators_0_under_FH_10_scores_the_verified_actual_over_the_target_80_of_100_people_gives_16_00()
    {
        Assert.Equal(16.00m, Single(Record(InReview, Indicator(0, "FH-10", actual: "80(人)"))).VerifiedScore);
        Assert.Equal(20.00m, Single(Record(InReview, Indicator(0, "FH-10", actual: "130人"))).VerifiedScore);
        Assert.Equal("recheck.actual_required", Record(InReview, Indicator(0, "FH-10")).Error!.Code);
        Assert.Equal("recheck.actual_required", Record(InReview, Indicator(2, "FH-10", actual: "80%")).Error!.Code);
    }

    [Fact]
    public void The_execution_line_under_FH_10_at_a_verified_rate_of_85_percent_gives_8_50_of_10()
    {
        var recorded = Single(Record(InReview, new RecheckInput("execution", null, "85%", 8.5m, "FH-10", null, null)));

        Assert.Equal((ScoreTarget.Execution, 8.50m), (recorded.Target, recorded.VerifiedScore));
    }

    [Fact]
    public void A_verified_score_that_contradicts_its_clause_is_refused_naming_the_clauses_figure()
    {
        var error = Record(InReview, Indicator(2, "FH-06", score: 5m)).Error!;

        Assert.Equal(("recheck.score_contradicts_clause", "entries[0].verifiedScore"), (error.Code, error.Field));
        Assert.Contains("4.00", error.Message, StringComparison.Ordinal);
        Assert.True(Record(InReview, Indicator(2, "FH-06", score: 4m)).IsAccepted);
    }

    [Fact]
    public void The_satisfaction_only_FH_03_applies_to_indicators_3_and_not_to_an_output_row()
    {
        Assert.Equal(0m, Single(Record(InReview, Indicator(3, "FH-03"))).VerifiedScore);
        var error = Record(InReview, Indicator(0, "FH-03")).Error!;
        Assert.Equal(("recheck.clause_not_applicable", "entries[0].clause"), (error.Code, error.Field));
        Assert.Equal("recheck.clause_not_applicable", Record(InReview, new RecheckInput("execution", null, null, null, "FH-06", null, null)).Error!.Code);
    }

    [Fact]
    public void Unknown_clauses_foreign_evidence_missing_rows_and_judgements_without_remark_are_refused()
    {
        Assert.Equal("recheck.unknown_clause", Record(InReview, Indicator(1, "FH-99")).Error!.Code);
        Assert.Equal("recheck.unknown_evidence", Record(InReview, Indicator(1, "FH-01", evidence: [Guid.NewGuid()])).Error!.Code);
        Assert.Equal("recheck.no_such_cell", Record(InReview, Indicator(9, "FH-01")).Error!.Code);
        Assert.Equal("recheck.target_required", Record(InReview, new RecheckInput("execution", 1, null, null, "FH-01", null, null)).Error!.Code);
        Assert.Equal("recheck.remark_required", Record(InReview, Indicator(1, "FH-11", score: 8m)).Error!.Code);
        Assert.Equal("recheck.score_out_of_range", Record(InReview, Indicator(1, "FH-11", score: 10.5m, remark: "r")).Error!.Code);
        Assert.Equal(8.5m, Single(Record(InReview, Indicator(1, "FH-11", score: 8.5m, remark: "台账不全"))).VerifiedScore);
        Assert.Equal("recheck.duplicate_cell", Record(InReview, Indicator(1, "FH-01"), Indicator(1, "FH-02")).Error!.Code);
        Assert.Equal("recheck.entries_required", Record(InReview).Error!.Code);
    }

    [Fact]
    public void Entries_are_all_or_none_and_only_the_holder_of_the_review_or_recheck_task_records()
    {
        var decision = Record(InReview, Indicator(1, "FH-05"), Indicator(2, "FH-99"));
        Assert.Empty(decision.Events);
        Assert.Equal(ReviewErrors.NotTaskHolder,
            RecheckDecisions.Record(InReview, Given.SecondReviewer, DefaultRulebook.Instance, ScoringProfile.Default, [Indicator(1, "FH-05")]).Error);
        Assert.Equal(ReviewErrors.OwnUnit,
            RecheckDecisions.Record(InReview, Given.ReviewerOfTheUnit, DefaultRulebook.Instance, ScoringProfile.Default, [Indicator(1, "FH-05")]).Error);
    }

    [Fact]
    public void A_sampled_recheck_of_an_approved_form_keeps_the_final_total_and_gives_the_verified_total_and_deviation_beside_it()
    {
        var draw = Guid.NewGuid();
        var taskId = RecheckTasks.IdFor(Given.Id, draw);
        object[] approved = [.. Claimed(), new EvaluationApproved(Given.Id, Given.TaskOf(1), 99m, "优", Given.Reviewer.Id, Given.Reviewer.Name)];
        object[] claimed =
        [
            .. approved,
            .. RecheckTasks.Open(Given.State(approved), draw, null).Events,
            new RecheckTaskClaimed(taskId, Given.Id, Given.SecondReviewer.Id, Given.SecondReviewer.Name),
        ];
        Assert.Equal(VerificationErrors.NothingRecorded, RecheckDecisions.Complete(Given.State(claimed), Given.SecondReviewer).Error);

        var record = RecheckDecisions.Record(Given.State(claimed), Given.SecondReviewer, DefaultRulebook.Instance, ScoringProfile.Default,
            [Indicator(2, "FH-06"), Indicator(3, "FH-03")]);
        object[] rechecked = [.. claimed, .. record.Events];
        var state = Given.State(rechecked);
        var complete = RecheckDecisions.Complete(state, Given.SecondReviewer);

        Assert.All(record.Events.Cast<RecheckRecorded>(), e => Assert.Equal(taskId, e.TaskId));
        Assert.Equal((99m, "优"), (state.FinalTotal, state.FinalGrade));
        // Self total 59 (10 + 20 + 10 + 10 + 9); verified: indicators[2] 4, indicators[3] 0 → 44.
        Assert.Equal(44m, state.RecheckFigures.VerifiedTotal);
        // Σ|diff| = 6 + 9 = 15 over Σ weights 60 = 0.25 → 差.
        Assert.Equal((15m, 60m, 0.25m, "差"), (state.RecheckFigures.AbsoluteDifference, state.RecheckFigures.Weights, state.RecheckFigures.Deviation!.Value, state.RecheckFigures.Quality));
        Assert.IsType<RecheckTaskCompleted>(Assert.Single(complete.Events));
    }

    [Theory]
    [InlineData(0.05, "优")]
    [InlineData(0.0501, "良")]
    [InlineData(0.10, "良")]
    [InlineData(0.20, "中")]
    [InlineData(0.2001, "差")]
    public void The_quality_of_a_self_evaluation_follows_the_profiles_deviation_thresholds(double deviation, string grade) =>
        Assert.Equal(grade, ScoringProfile.Default.QualityOf((decimal)deviation));

    [Fact]
    public void An_unchecked_form_has_no_deviation_and_one_entry_of_one_point_over_60_weights_is_1_67_percent_excellent()
    {
        Assert.Null(InReview.RecheckFigures.Deviation);
        var state = Given.State([.. Claimed(), .. Record(InReview, Indicator(3, "FH-11", score: 8m, remark: "抽样问卷不足")).Events]);

        Assert.Equal((0.0167m, "优"), (state.RecheckFigures.Deviation!.Value, state.RecheckFigures.Quality));
    }

    [Fact]
    public void A_legacy_ScoreAdjusted_folds_into_an_entry_without_a_clause_and_the_adjustment_endpoint_records_a_judgement()
    {
        var legacy = Given.State([.. Claimed(), new ScoreAdjusted(Given.Id, Given.TaskOf(1), ScoreTarget.Indicator(1), 10m, null, 7m, "台账缺失", "r1", "审核人")]);
        var entry = Assert.Single(legacy.Rechecks);
        Assert.Equal((null, "台账缺失", 7m, 10m), (entry.ClauseCode, entry.Remark, entry.VerifiedScore, entry.SelfScore));
        Assert.Equal(7m, Assert.Single(legacy.Adjustments).NewScore);
        Assert.Equal(56m, legacy.ReviewedTotal);

        var adjusted = Single(ReviewDecisions.Adjust(InReview, Given.Reviewer, ScoreTarget.Indicator(1), 7m, "台账缺失"));
        Assert.Equal(("FH-11", "台账缺失"), (adjusted.ClauseCode, adjusted.Remark));
    }

    [Fact]
    public void A_new_submission_clears_the_entries()
    {
        object[] recorded = [.. Claimed(), .. Record(InReview, Indicator(1, "FH-05")).Events];
        var revision = ReviewDecisions.RequestRevision(Given.State(recorded), Given.Reviewer, ["补充"]);
        var resubmitted = Given.State([.. recorded, .. revision.Events, new EvaluationSubmitted(Given.Id, "unit-1", "dept-1", 2024, 2)]);

        Assert.Single(Given.State(recorded).Rechecks);
        Assert.Empty(resubmitted.Rechecks);
    }

    [Fact]
    public void The_yearly_facts_keep_the_latest_difference_per_cell_and_the_forms_weights()
    {
        object[] events =
        [
            .. Claimed(),
            .. Record(InReview, Indicator(1, "FH-05")).Events,
            .. Record(InReview, Indicator(1, "FH-07")).Events,
            .. Record(InReview, Indicator(3, "FH-08")).Events,
        ];
        var facts = events.Aggregate((YearlyFormFacts?)null, YearlyFactsEvolution.Evolve)!;

        // indicators[1]: latest FH-07 → |10 − 0| = 10; indicators[3]: FH-08 → |9 − 10| = 1.
        Assert.Equal((11m, 60m), (facts.RecheckDifference!.Value, facts.Weights));
        var figures = FormTally.DeviationOf(2, 11m + 3m, 60m + 60m)!;
        Assert.Equal((0.1167m, "中"), (figures.Deviation, figures.Quality));
    }

    private static Decision Withdraw(Evaluation state, Actor actor, string target = "indicator", int? index = 1) =>
        RecheckDecisions.Withdraw(state, actor, target, index);

    [Fact]
    public void RC_WITHDRAW_withdrawing_indicators_1_puts_its_score_back_to_the_claim_10_and_the_reviewed_total_to_59()
    {
        object[] recorded = [.. Claimed(), .. Record(InReview, Indicator(1, "FH-05")).Events];
        Assert.Equal(56m, Given.State(recorded).ReviewedTotal);

        var withdrawn = Assert.IsType<RecheckWithdrawn>(Assert.Single(Withdraw(Given.State(recorded), Given.Reviewer).Events));
        object[] after = [.. recorded, withdrawn];
        var state = Given.State(after);

        Assert.Equal((ScoreTarget.Indicator(1), 10m, 7m, Given.TaskOf(1)), (withdrawn.Target, withdrawn.SelfScore, withdrawn.VerifiedScore, withdrawn.TaskId));
        Assert.Empty(state.Rechecks);
        Assert.Equal(59m, state.ReviewedTotal);
        Assert.Null(after.Aggregate((YearlyFormFacts?)null, YearlyFactsEvolution.Evolve)!.RecheckDifference);
    }

    [Fact]
    public void RC_WITHDRAW_only_the_reviewer_who_recorded_it_withdraws_and_only_while_holding_the_undecided_task()
    {
        object[] recorded = [.. Claimed(), .. Record(InReview, Indicator(1, "FH-05")).Events];
        object[] released = [.. recorded, new ReviewTaskReleased(Given.TaskOf(1), Given.Id, Given.Reviewer.Id)];
        object[] reclaimed = [.. released, new ReviewTaskClaimed(Given.TaskOf(1), Given.Id, Given.SecondReviewer.Id, Given.SecondReviewer.Name)];

        Assert.Equal("recheck.not_author", Withdraw(Given.State(reclaimed), Given.SecondReviewer).Error!.Code);
        Assert.Equal(ReviewErrors.NotTaskHolder, Withdraw(Given.State(released), Given.Reviewer).Error);
        Assert.Equal(ReviewErrors.NotDepartmentReviewer, Withdraw(Given.State(recorded), Given.OtherDepartmentReviewer).Error);
    }

    [Fact]
    public void RC_WITHDRAW_after_the_decision_the_entry_stays()
    {
        object[] recorded = [.. Claimed(), .. Record(InReview, Indicator(1, "FH-05")).Events];
        var approval = ReviewDecisions.Approve(Given.State(recorded), Given.Reviewer, ScoringProfile.Default);
        var approved = Given.State([.. recorded, .. approval.Events]);

        Assert.Equal("recheck.already_decided", Withdraw(approved, Given.Reviewer).Error!.Code);
        Assert.Equal(56m, approved.FinalTotal);
    }

    [Fact]
    public void RC_WITHDRAW_a_cell_without_an_entry_or_a_cell_the_form_lacks_is_refused()
    {
        object[] recorded = [.. Claimed(), .. Record(InReview, Indicator(1, "FH-05")).Events];
        var state = Given.State(recorded);

        Assert.Equal("recheck.nothing_to_withdraw", Withdraw(state, Given.Reviewer, "indicator", 2).Error!.Code);
        Assert.Equal("recheck.nothing_to_withdraw", Withdraw(state, Given.Reviewer, "execution", null).Error!.Code);
        Assert.Equal("recheck.no_such_cell", Withdraw(state, Given.Reviewer, "indicator", 9).Error!.Code);
        Assert.Equal("recheck.target_required", Withdraw(state, Given.Reviewer, "execution", 1).Error!.Code);
        Assert.Equal("recheck.target_required", Withdraw(state, Given.Reviewer, "cell", 1).Error!.Code);
    }

    [Fact]
    public void RC_WITHDRAW_a_sampled_recheck_entry_is_withdrawn_by_the_holder_of_the_recheck_task_until_it_is_completed()
    {
        var draw = Guid.NewGuid();
        var taskId = RecheckTasks.IdFor(Given.Id, draw);
        object[] approved = [.. Claimed(), new EvaluationApproved(Given.Id, Given.TaskOf(1), 99m, "优", Given.Reviewer.Id, Given.Reviewer.Name)];
        object[] claimed =
        [
            .. approved,
            .. RecheckTasks.Open(Given.State(approved), draw, null).Events,
            new RecheckTaskClaimed(taskId, Given.Id, Given.SecondReviewer.Id, Given.SecondReviewer.Name),
        ];
        object[] recorded =
        [
            .. claimed,
            .. RecheckDecisions.Record(Given.State(claimed), Given.SecondReviewer, DefaultRulebook.Instance, ScoringProfile.Default, [Indicator(2, "FH-06")]).Events,
        ];
        var withdrawn = Assert.IsType<RecheckWithdrawn>(Assert.Single(Withdraw(Given.State(recorded), Given.SecondReviewer, "indicator", 2).Events));
        Assert.Equal(taskId, withdrawn.TaskId);

        object[] completed = [.. recorded, .. RecheckDecisions.Complete(Given.State(recorded), Given.SecondReviewer).Events];
        Assert.Equal("recheck.already_decided", Withdraw(Given.State(completed), Given.SecondReviewer, "indicator", 2).Error!.Code);
    }
}
