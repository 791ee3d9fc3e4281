using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using static PerfEval.Domain.Tests.Fixtures.FormBuilder;

namespace PerfEval.Domain.Tests.Scoring;

public class QuantitativeRuleTests
{
    private static readonly ScoringProfile Default = ScoringProfile.Default;

    [Theory]
    [InlineData(Comparator.AtLeast, 100, 100, 10)]
    [InlineData(Comparator.AtLeast, 100, 120, 10)]
    [InlineData(Comparator.AtLeast, 100, 90, 9)]
    [InlineData(Comparator.AtLeast, 176000, 140000, 7.95)]
    [InlineData(Comparator.MoreThan, 100, 101, 10)]
    [InlineData(Comparator.MoreThan, 100, 50, 5)]
    [InlineData(Comparator.Equal, 100, 100, 10)]
    [InlineData(Comparator.Equal, 36, 40, 10)]
    [InlineData(Comparator.Equal, 100, 90, 9)]
    [InlineData(Comparator.AtLeast, 100, 0, 0)]
    public void At_least_more_than_and_equal_give_full_weight_when_met_else_the_proportion(Comparator comparator, double target, double actual, double expected)
    {
        var score = QuantitativeRule.Score(comparator, (decimal)target, (decimal)actual, 10m, Default);

        Assert.Equal((decimal)expected, score);
    }

    [Theory]
    [InlineData(Comparator.AtMost, 100, 80, 10)]
    [InlineData(Comparator.AtMost, 100, 100, 10)]
    [InlineData(Comparator.AtMost, 100, 110, 9)]
    [InlineData(Comparator.AtMost, 100, 150, 5)]
    [InlineData(Comparator.AtMost, 100, 200, 0)]
    [InlineData(Comparator.AtMost, 100, 350, 0)]
    [InlineData(Comparator.LessThan, 50, 60, 8)]
    public void Upper_limits_decline_linearly_above_the_target_reaching_zero_at_twice_it(Comparator comparator, double target, double actual, double expected)
    {
        var score = QuantitativeRule.Score(comparator, (decimal)target, (decimal)actual, 10m, Default);

        Assert.Equal((decimal)expected, score);
    }

    [Theory]
    [InlineData(100, 125, 8)]
    [InlineData(100, 200, 5)]
    [InlineData(100, 90, 10)]
    public void The_target_over_actual_profile_scores_an_exceeded_upper_limit_as_weight_times_target_over_actual(double target, double actual, double expected)
    {
        var score = QuantitativeRule.Score(Comparator.AtMost, (decimal)target, (decimal)actual, 10m, ScoringProfile.TargetOverActual);

        Assert.Equal((decimal)expected, score);
    }

    [Theory]
    [InlineData(Comparator.AtLeast, 0, 0, 10)]
    [InlineData(Comparator.AtLeast, 0, 5, 10)]
    [InlineData(Comparator.Equal, 0, 0, 10)]
    [InlineData(Comparator.AtMost, 0, 0, 10)]
    [InlineData(Comparator.AtMost, 0, 1, 0)]
    [InlineData(Comparator.LessThan, 0, 3, 0)]
    public void A_target_of_zero_is_met_or_missed_without_dividing_by_it(Comparator comparator, double target, double actual, double expected)
    {
        var score = QuantitativeRule.Score(comparator, (decimal)target, (decimal)actual, 10m, Default);

        Assert.Equal((decimal)expected, score);
    }

    [Fact]
    public void The_rule_score_is_rounded_to_two_decimals()
    {
        Assert.Equal(15.91m, QuantitativeRule.Score(Comparator.AtLeast, 176000m, 140000m, 20m, Default));
        Assert.Equal(9.96m, QuantitativeRule.Score(Comparator.AtLeast, 10459m, 10412m, 10m, Default));
    }

    [Fact]
    public void Claim_above_rule_score_is_reported_with_both_figures()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "50(人)", 50m, "原因"));

        var finding = Assert.Single(card.Errors());
        Assert.Equal(FindingCodes.ClaimAboveRule, finding.Code);
        Assert.Equal("indicators[0].claimedScore", finding.Path);
        Assert.Equal(50m, finding.Claimed);
        Assert.Equal(45m, finding.Computed);
        Assert.False(string.IsNullOrWhiteSpace(finding.MessageEn));
    }

    [Fact]
    public void Claim_within_the_tolerance_of_the_rule_score_is_accepted()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "50(人)", 45.01m, "原因"));

        Assert.Empty(card.Errors());
    }

    [Fact]
    public void Claim_below_the_rule_score_is_a_deduction_not_an_error_but_needs_a_reason()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "100(人)", 80m));

        Assert.Empty(card.Errors());
        var finding = Assert.Single(card.Findings);
        Assert.Equal(FindingCodes.DeviationReasonMissing, finding.Code);
        Assert.Equal("indicators[0].deviationReason", finding.Path);
        Assert.Equal(80m, card.Indicators[0].ComputedScore);
    }

    [Fact]
    public void Claim_below_the_weight_with_a_reason_gives_no_finding()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "100(人)", 80m, "自行扣分"));

        Assert.Empty(card.Findings);
    }

    [Fact]
    public void Score_above_weight_is_an_error_and_not_also_reported_as_above_rule()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "100(人)", 95m));

        Assert.Contains(card.Findings, f => f.Code == FindingCodes.ScoreAboveWeight && f.Path == "indicators[0].claimedScore" && f.Computed == 90m);
        Assert.DoesNotContain(card.Findings, f => f.Code == FindingCodes.ClaimAboveRule);
    }

    [Fact]
    public void Actual_above_target_for_an_upper_limit_lowers_the_rule_score()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≤10(万元)", "12(万元)", 90m, "超支"));

        Assert.Equal(72m, card.Indicators[0].RuleScore);
        Assert.Contains(card.Errors(), f => f.Code == FindingCodes.ClaimAboveRule && f.Computed == 72m);
    }

    [Fact]
    public void Unit_mismatch_between_target_and_actual_is_a_warning()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "100(次)", 90m));

        var finding = Assert.Single(card.Findings);
        Assert.Equal(FindingCodes.UnitMismatch, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("indicators[0].actual", finding.Path);
    }

    [Fact]
    public void A_missing_unit_on_one_side_is_not_a_mismatch()
    {
        var card = ScoringEngine.Score(WithOneIndicator("=100", "100.00(%)", 90m));

        Assert.Empty(card.Findings);
    }

    [Fact]
    public void An_actual_written_as_a_range_is_taken_at_its_bound()
    {
        var card = ScoringEngine.Score(WithOneIndicator(">=90", ">=85", 85m, "宣传不够"));

        Assert.Equal(85m, card.Indicators[0].RuleScore);
        Assert.Empty(card.Findings);
    }

    [Fact]
    public void A_number_against_a_word_cannot_be_compared_and_says_so()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "较好", 90m));

        Assert.Equal(IndicatorMethod.NotComparable, card.Indicators[0].Method);
        Assert.Contains(card.Findings, f => f.Code == FindingCodes.MeasureNotComparable && f.Severity == Severity.Warning);
    }

    [Fact]
    public void A_missing_score_is_reported_and_the_rule_figure_counts()
    {
        var card = ScoringEngine.Score(WithOneIndicator("≥100(人)", "50(人)", null));

        Assert.Contains(card.Findings, f => f.Code == FindingCodes.ScoreMissing && f.Computed == 45m);
        Assert.Equal(45m, card.Indicators[0].ComputedScore);
    }
}
