using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>The findings docs/domain-rules.md#findings says the real seed forms must produce, and no others of error severity.</summary>
public class SeedScoringTests
{
    private static Scorecard Score(int index) => ScoringEngine.Score(SeedForms.All[index], ScoringProfile.Default);

    [Fact]
    public void Innovation_studio_execution_score_8_72_is_reported_against_34_08_over_41_20_times_10_equals_8_27()
    {
        var card = ScoringEngine.Score(SeedForms.InnovationStudio, ScoringProfile.Default);

        var finding = Assert.Single(card.FindingsAt("funds.total.score"));
        Assert.Equal(FindingCodes.ExecutionScoreMismatch, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(8.72m, finding.Claimed);
        Assert.Equal(8.27m, finding.Computed);
        Assert.Contains("34.08÷41.20×10", finding.Message);
        Assert.Equal(82.72m, card.Execution.Rate);
        Assert.Equal(8.27m, card.Execution.ComputedScore);
    }

    [Fact]
    public void Innovation_studio_printed_total_96_52_is_consistent_with_its_printed_scores()
    {
        var card = ScoringEngine.Score(SeedForms.InnovationStudio, ScoringProfile.Default);

        Assert.Equal(96.52m, card.ClaimedSum);
        Assert.DoesNotContain(card.Findings, f => f.Code == FindingCodes.TotalNotSum);
        Assert.Equal(96.07m, card.ComputedTotal);
    }

    [Fact]
    public void Innovation_studio_execution_rate_below_90_percent_asks_for_a_reason()
    {
        var card = ScoringEngine.Score(SeedForms.InnovationStudio, ScoringProfile.Default);

        var finding = Assert.Single(card.FindingsAt("funds.total.rate"));
        Assert.Equal(FindingCodes.DeviationReasonMissing, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Member_card_claim_of_17_for_140000_of_176000_cards_is_above_the_rule_figure_15_91()
    {
        var card = ScoringEngine.Score(SeedForms.MemberCard, ScoringProfile.Default);

        var finding = Assert.Single(card.FindingsAt("indicators[0].claimedScore"));
        Assert.Equal(FindingCodes.ClaimAboveRule, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(17m, finding.Claimed);
        Assert.Equal(15.91m, finding.Computed);
        Assert.Equal(15.91m, card.Indicators[0].RuleScore);
        Assert.Equal(15.91m, card.Indicators[0].ComputedScore);
    }

    [Fact]
    public void Model_worker_claim_of_2_5_of_3_for_a_partly_achieved_indicator_is_above_the_tier_band_at_2_4()
    {
        var card = ScoringEngine.Score(SeedForms.ModelWorkerManagement, ScoringProfile.Default);

        var finding = Assert.Single(card.Findings, f => f.Code == FindingCodes.ClaimOutsideTierBand);
        Assert.Equal("indicators[13].claimedScore", finding.Path);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(2.5m, finding.Claimed);
        Assert.Equal(2.4m, finding.Computed);
        Assert.Equal(new ScoreBand(1.8m, 2.4m, MaxInclusive: false), card.Indicators[13].Band);
        Assert.Equal(AchievementTier.PartlyAchieved, card.Indicators[13].Tier);
    }

    [Fact]
    public void Retiree_committee_scores_an_indicator_below_its_weight_without_a_deviation_reason()
    {
        var card = ScoringEngine.Score(SeedForms.RetireeCommittee, ScoringProfile.Default);

        var finding = Assert.Single(card.Findings, f => f.Code == FindingCodes.DeviationReasonMissing);
        Assert.Equal("indicators[2].deviationReason", finding.Path);
        Assert.Equal(9m, finding.Claimed);
        Assert.Equal(10m, finding.Computed);
    }

    [Fact]
    public void Member_card_scores_satisfaction_below_its_weight_without_a_deviation_reason()
    {
        var card = ScoringEngine.Score(SeedForms.MemberCard, ScoringProfile.Default);

        var finding = Assert.Single(card.Findings, f => f.Code == FindingCodes.DeviationReasonMissing);
        Assert.Equal("indicators[9].deviationReason", finding.Path);
        Assert.Equal(9m, finding.Claimed);
    }

    [Fact]
    public void A_scorecard_lists_the_findings_of_one_indicator()
    {
        var card = ScoringEngine.Score(SeedForms.MemberCard, ScoringProfile.Default);

        var findings = card.FindingsFor(card.Indicators[9]).Select(f => f.Code);

        Assert.Equal([FindingCodes.DeviationReasonMissing], findings);
        Assert.Empty(card.FindingsFor(card.Indicators[1]));
    }

    [Fact]
    public void Rows_below_their_weight_with_a_reason_are_not_reported()
    {
        var card = ScoringEngine.Score(SeedForms.FlexibleEmployment, ScoringProfile.Default);

        Assert.Empty(card.Findings);
        Assert.Equal(8m, card.Indicators[7].ComputedScore);
    }

    public static TheoryData<int, string[]> ExpectedErrors() => new()
    {
        { 0, [] },
        { 1, ["CLAIM_OUTSIDE_TIER_BAND@indicators[13].claimedScore"] },
        { 2, [] },
        { 3, ["EXECUTION_SCORE_MISMATCH@funds.total.score"] },
        { 4, ["CLAIM_ABOVE_RULE@indicators[0].claimedScore"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedErrors))]
    public void Each_seed_form_has_exactly_the_expected_error_findings(int index, string[] expected)
    {
        var errors = Score(index).Errors().Select(f => $"{f.Code}@{f.Path}");

        Assert.Equal(expected, errors);
    }

    public static TheoryData<int, string[]> ExpectedWarnings() => new()
    {
        { 0, [] },
        { 1, [] },
        { 2, ["DEVIATION_REASON_MISSING@indicators[2].deviationReason"] },
        { 3, ["DEVIATION_REASON_MISSING@funds.total.rate"] },
        { 4, ["DEVIATION_REASON_MISSING@indicators[9].deviationReason"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedWarnings))]
    public void Each_seed_form_has_exactly_the_expected_warnings_and_no_info(int index, string[] expected)
    {
        var card = Score(index);

        Assert.Equal(expected, card.Findings.Where(f => f.Severity == Severity.Warning).Select(f => $"{f.Code}@{f.Path}"));
        Assert.DoesNotContain(card.Findings, f => f.Severity == Severity.Info);
    }

    [Theory]
    [InlineData(0, 98.00, 98.00)]
    [InlineData(1, 96.04, 95.94)]
    [InlineData(2, 97.00, 97.00)]
    [InlineData(3, 96.52, 96.07)]
    [InlineData(4, 96.00, 94.91)]
    public void Claimed_and_computed_totals_and_grades(int index, double claimed, double computed)
    {
        var card = Score(index);

        Assert.Equal((decimal)claimed, card.ClaimedTotal);
        Assert.Equal((decimal)computed, card.ComputedTotal);
        Assert.Equal("优", card.ClaimedGrade);
        Assert.Equal("优", card.ComputedGrade);
        Assert.Equal(100m, card.WeightsTotal);
    }

    [Fact]
    public void Model_worker_execution_rate_printed_truncated_as_95_36_is_accepted()
    {
        var card = Score(1);

        Assert.Equal(95.37m, card.Execution.Rate);
        Assert.Equal(95.36m, card.Execution.ClaimedRate);
        Assert.Empty(card.FindingsAt("funds.total.rate"));
    }
}
