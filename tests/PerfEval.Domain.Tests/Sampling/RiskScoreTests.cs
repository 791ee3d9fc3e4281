using PerfEval.Domain.Sampling;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Sampling;

public class RiskScoreTests
{
    [Fact]
    public void A_form_with_nothing_known_scores_the_base()
    {
        var risk = RiskScore.Of(new RiskInputs(null, FindingCounts.None, FindingCounts.None, null), RiskWeights.Default);

        Assert.Equal(1m, risk.Score);
        Assert.Equal(new RiskParts(1m, 1m, 0m, 0m, 0m, 0m), risk);
    }

    [Fact]
    public void The_amount_of_the_funds_total_row_adds_one_per_tenfold()
    {
        // 全年预算数 999 万元 → log10(1000) = 3.
        var risk = RiskScore.Of(new RiskInputs(999m, FindingCounts.None, FindingCounts.None, null), RiskWeights.Default);

        Assert.Equal(3m, risk.Amount);
        Assert.Equal(4m, risk.Score);
    }

    [Fact]
    public void Findings_count_by_severity_and_are_capped()
    {
        var scorecard = new FindingCounts(Errors: 2, Warnings: 1, Infos: 1);
        var cross = new FindingCounts(Errors: 12, Warnings: 0, Infos: 4);

        var risk = RiskScore.Of(new RiskInputs(null, scorecard, cross, null), RiskWeights.Default);

        Assert.Equal(4.6m, risk.Scorecard);        // 2×2 + 0.5 + 0.1
        Assert.Equal(21m, risk.CrossForm);         // 10 (cap) × 2 + 4 × 0.25
        Assert.Equal(1m + 4.6m + 21m, risk.Score);
    }

    [Fact]
    public void The_units_previous_deviation_adds_its_share_times_the_weight()
    {
        var risk = RiskScore.Of(new RiskInputs(null, FindingCounts.None, FindingCounts.None, 0.25m), RiskWeights.Default);

        Assert.Equal(2.5m, risk.Deviation);
        Assert.Equal(3.5m, risk.Score);
    }

    [Fact]
    public void Weights_are_settings()
    {
        var weights = RiskWeights.Default with { Base = 0.5m, ScorecardError = 5m };

        var risk = RiskScore.Of(new RiskInputs(null, new FindingCounts(1, 0, 0), FindingCounts.None, null), weights);

        Assert.Equal(5.5m, risk.Score);
    }

    [Fact]
    public void Scorecard_codes_count_by_the_severity_the_rule_engine_gives_them()
    {
        var counts = FindingCounts.OfCodes(
            [FindingCodes.ScoreAboveWeight, FindingCodes.DeviationReasonMissing, FindingCodes.GradeChangesOnRecompute, "UNKNOWN"]);

        Assert.Equal(new FindingCounts(1, 2, 1), counts);
    }

    [Fact]
    public void The_facts_codes_as_the_database_gives_them_count_the_same()
    {
        Assert.Equal(new FindingCounts(1, 2, 1), FindingCounts.OfJsonArray(
            "[\"SCORE_ABOVE_WEIGHT\", \"DEVIATION_REASON_MISSING\", \"GRADE_CHANGES_ON_RECOMPUTE\", \"UNKNOWN\"]"));
        Assert.Equal(FindingCounts.None, FindingCounts.OfJsonArray("[]"));
    }

    [Fact]
    public void Every_finding_code_has_a_severity()
    {
        Assert.All(FindingCodes.All, code => Assert.True(FindingSeverities.Knows(code), code));
    }
}
