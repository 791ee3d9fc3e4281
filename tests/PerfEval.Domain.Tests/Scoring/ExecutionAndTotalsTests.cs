using PerfEval.Domain.Scoring;
using static PerfEval.Domain.Tests.Fixtures.FormBuilder;

namespace PerfEval.Domain.Tests.Scoring;

public class ExecutionAndTotalsTests
{
    private static EvaluationFormWithRow FullMarks => new(Row("≥1(次)", "1(次)", 90m, 90m));

    [Fact]
    public void Execution_score_is_weight_times_rate_capped_at_100_percent()
    {
        var card = ScoringEngine.Score(Form(Funds(50m, 60m, 120m), 10m, FullMarks.Row));

        Assert.Equal(120m, card.Execution.Rate);
        Assert.Equal(10m, card.Execution.ComputedScore);
        Assert.Empty(card.Findings);
    }

    [Theory]
    [InlineData(95.37)]
    [InlineData(95.36)]
    [InlineData(95)]
    public void Printed_rates_that_round_truncate_or_drop_decimals_are_accepted(double printed)
    {
        var card = ScoringEngine.Score(Form(Funds(44.04m, 42.00m, (decimal)printed), 9.54m, Row("≥1(次)", "1(次)", 90m, 90m)));

        Assert.DoesNotContain(card.Findings, f => f.Code == FindingCodes.ExecutionRateMismatch);
    }

    [Fact]
    public void A_printed_rate_that_does_not_match_the_arithmetic_is_an_error()
    {
        var card = ScoringEngine.Score(Form(Funds(44.04m, 42.00m, 92.10m), 9.54m, FullMarks.Row));

        var finding = Assert.Single(card.FindingsAt("funds.total.rate"));
        Assert.Equal(FindingCodes.ExecutionRateMismatch, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(95.37m, finding.Computed);
    }

    [Fact]
    public void A_rate_below_the_threshold_needs_a_reason_and_exactly_90_percent_does_not()
    {
        var below = ScoringEngine.Score(Form(Funds(100m, 89.99m, 89.99m), 9m, FullMarks.Row));
        var at = ScoringEngine.Score(Form(Funds(100m, 90m, 90m), 9m, FullMarks.Row));

        Assert.Contains(below.Findings, f => f.Code == FindingCodes.DeviationReasonMissing && f.Path == "funds.total.rate");
        Assert.DoesNotContain(at.Findings, f => f.Code == FindingCodes.DeviationReasonMissing);
    }

    [Fact]
    public void A_zero_budget_leaves_the_rate_undefined_without_dividing_by_zero()
    {
        var card = ScoringEngine.Score(Form(Funds(0m, 0m, 0m), 10m, FullMarks.Row));

        Assert.Null(card.Execution.Rate);
        Assert.Contains(card.Findings, f => f.Code == FindingCodes.ExecutionRateUndefined);
    }

    [Fact]
    public void Weights_not_adding_up_to_100_are_an_error()
    {
        var card = ScoringEngine.Score(Form(Row("≥1(次)", "1(次)", 80m, 80m)));

        var finding = Assert.Single(card.Errors());
        Assert.Equal(FindingCodes.WeightsNot100, finding.Code);
        Assert.Equal(90m, finding.Claimed);
        Assert.Equal(100m, finding.Computed);
    }

    [Fact]
    public void A_printed_total_that_is_not_the_sum_is_an_error()
    {
        var form = Form(FullMarks.Row) with { ClaimedTotal = 99m };

        var finding = Assert.Single(ScoringEngine.Score(form).Errors());
        Assert.Equal(FindingCodes.TotalNotSum, finding.Code);
        Assert.Equal(99m, finding.Claimed);
        Assert.Equal(100m, finding.Computed);
    }

    [Theory]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    [InlineData(0, "差")]
    public void Grade_bands_of_the_default_profile(double total, string grade)
    {
        Assert.Equal(grade, ScoringProfile.Default.GradeOf((decimal)total));
    }

    [Fact]
    public void A_grade_that_does_not_match_the_printed_total_is_an_error()
    {
        var form = Form(FullMarks.Row) with { ClaimedGrade = "良" };

        var finding = Assert.Single(ScoringEngine.Score(form).Errors());
        Assert.Equal(FindingCodes.GradeMismatch, finding.Code);
        Assert.Equal("claimedGrade", finding.Path);
    }

    [Fact]
    public void A_grade_that_changes_with_the_computed_total_is_information()
    {
        var form = Form(Row("≥100(次)", "85(次)", 90m, 81m, "原因"));

        var card = ScoringEngine.Score(form);

        Assert.Equal("优", card.ClaimedGrade);
        Assert.Equal("良", card.ComputedGrade);
        Assert.Contains(card.Findings, f => f.Code == FindingCodes.GradeChangesOnRecompute && f.Severity == Severity.Info);
    }

    [Fact]
    public void A_funds_total_that_is_not_the_sum_of_its_sub_rows_is_an_error()
    {
        var form = Form(FullMarks.Row);
        form = form with { Funds = form.Funds with { CarryOver = Funds(5m, 5m, 100m) } };

        Assert.Contains(ScoringEngine.Score(form).Errors(), f => f.Code == FindingCodes.FundsRowsNotSum);
    }

    [Fact]
    public void The_hubei_profile_expects_20_points_for_execution()
    {
        var card = ScoringEngine.Score(Form(FullMarks.Row), ScoringProfile.Hubei);

        Assert.Contains(card.Findings, f => f.Code == FindingCodes.ExecutionWeightUnexpected && f.Computed == 20m);
    }

    private sealed record EvaluationFormWithRow(PerfEval.Domain.Forms.IndicatorRow Row);
}
