using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using static PerfEval.Domain.Tests.Fixtures.FormBuilder;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>Tiers: 达成 [80 %, 100 %]; 部分达成 [60 %, 80 %); 未达成 [0, 60 %) of the weight (weight 10 here, with 80 more elsewhere).</summary>
public class QualitativeRuleTests
{
    private const string Achieved = "达成指标";
    private const string Partly = "部分达成指标并具有一定效果";
    private const string NotAchieved = "未达成指标且效果较差";

    private static Scorecard ScoreTier(string actual, decimal claimed) =>
        ScoringEngine.Score(Form(Row("及时", actual, 10m, claimed, "说明"), Row("≥1(次)", "1(次)", 80m, 80m)));

    [Theory]
    [InlineData(Achieved, 10, false)]
    [InlineData(Achieved, 8, false)]
    [InlineData(Achieved, 10.01, false)]
    [InlineData(Partly, 7.99, false)]
    [InlineData(Partly, 8, true)]
    [InlineData(Partly, 6, false)]
    [InlineData(NotAchieved, 5.99, false)]
    [InlineData(NotAchieved, 6, true)]
    [InlineData(NotAchieved, 0, false)]
    public void Claims_at_and_around_the_band_edges(string actual, double claimed, bool aboveBand)
    {
        var card = ScoreTier(actual, (decimal)claimed);

        Assert.Equal(aboveBand, card.Errors().Any(f => f.Code == FindingCodes.ClaimOutsideTierBand));
    }

    [Theory]
    [InlineData(Achieved, 7.98)]
    [InlineData(Partly, 5.98)]
    public void Claims_below_the_band_are_a_warning(string actual, double claimed)
    {
        var card = ScoreTier(actual, (decimal)claimed);

        var finding = Assert.Single(card.Findings, f => f.Code == FindingCodes.ClaimOutsideTierBand);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Empty(card.Errors());
    }

    [Theory]
    [InlineData(Achieved, 8, 10, true)]
    [InlineData(Partly, 6, 8, false)]
    [InlineData(NotAchieved, 0, 6, false)]
    public void Each_tier_has_its_band(string actual, double min, double max, bool inclusive)
    {
        var card = ScoreTier(actual, 6m);

        Assert.Equal(new ScoreBand((decimal)min, (decimal)max, inclusive), card.Indicators[0].Band);
        Assert.Equal(IndicatorMethod.Qualitative, card.Indicators[0].Method);
    }

    [Fact]
    public void An_actual_equal_to_the_target_word_counts_as_achieved()
    {
        var card = ScoringEngine.Score(WithOneIndicator("健全有效", "健全有效", 90m));

        Assert.Equal(AchievementTier.Achieved, card.Indicators[0].Tier);
        Assert.Empty(card.Findings);
    }

    [Fact]
    public void An_actual_word_other_than_the_target_is_not_comparable()
    {
        var card = ScoringEngine.Score(WithOneIndicator("健全", "健全有效", 90m));

        Assert.Equal(IndicatorMethod.NotComparable, card.Indicators[0].Method);
    }

    [Fact]
    public void The_computed_score_of_a_claim_above_the_band_is_the_band_maximum()
    {
        var card = ScoreTier(Partly, 9m);

        Assert.Equal(8m, card.Indicators[0].ComputedScore);
        Assert.Equal(88m + 10m, card.ComputedTotal);
    }
}
