using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;
using static PerfEval.Domain.Tests.Fixtures.FormBuilder;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>The engine scores any form the model can hold — extreme, zero, negative or missing figures — without throwing.</summary>
public class ScoringRobustnessTests
{
    private static readonly decimal[] Figures =
        [0m, 1m, -1m, 0.0000000000000000001m, 99.99m, 100m, 1e12m, 1e15m, -1e20m, decimal.MaxValue, decimal.MinValue, 7.123456789m];

    private static readonly string[] Measures =
        ["≥0.0000000000000000001", "≤0.0000000000000000001(人)", "=0", "<0", ">99999999999999999999", "≤-5", "达成指标", "未达成指标且效果较差", "", "健全", "100(人)", "99999999999999999999(人)"];

    [Fact]
    public void Random_forms_with_extreme_figures_are_scored_without_exceptions()
    {
        var random = new Random(42);
        for (var i = 0; i < 2_000; i++)
        {
            decimal? Any() => random.Next(6) == 0 ? null : Figures[random.Next(Figures.Length)];
            var rows = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => Row(Measures[random.Next(Measures.Length)], Measures[random.Next(Measures.Length)], Any() ?? 0m, Any()))
                .ToArray();
            FundsRow AnyRow() => new() { InitialBudget = Any(), FullYearBudget = Any(), Executed = Any(), ClaimedRate = Any() };
            var seed = SeedForms.FlexibleEmployment;
            var form = seed with
            {
                Funds = new FundsTable
                {
                    Total = AnyRow(),
                    CurrentAppropriation = AnyRow(),
                    CarryOver = AnyRow(),
                    Other = AnyRow(),
                    Weight = Any() ?? 10m,
                    ClaimedScore = Any(),
                },
                Indicators = rows,
                ClaimedTotal = Any(),
                ClaimedGrade = random.Next(3) == 0 ? null : "优",
            };

            var card = ScoringEngine.Score(form, i % 2 == 0 ? ScoringProfile.Default : ScoringProfile.TargetOverActual);

            Assert.Equal(rows.Length, card.Indicators.Count);
            Assert.All(card.Indicators, r => Assert.InRange(r.ComputedScore, -Arithmetic.MaxFigure, Arithmetic.MaxFigure));
        }
    }

    [Fact]
    public void A_figure_beyond_the_computable_range_is_reported_and_taken_at_the_bound()
    {
        var seed = SeedForms.FlexibleEmployment;
        var form = seed with { Indicators = [seed.Indicators[0] with { Weight = 1e27m }, .. seed.Indicators.Skip(1)] };

        var card = ScoringEngine.Score(form);

        var finding = Assert.Single(card.Findings, f => f.Code == FindingCodes.FigureOutOfRange);
        Assert.Equal("indicators[0].weight", finding.Path);
        Assert.Contains(card.Errors(), f => f.Code == FindingCodes.WeightsNot100);
    }
}
