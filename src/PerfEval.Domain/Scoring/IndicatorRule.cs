using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring.Common;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// One level-3 indicator: its rule figure or band, its claim checked against both, and the reason check. A common
/// indicator of the department-wide form (the <c>common</c> argument) is scored by <see cref="CommonIndicatorRule"/>.
/// </summary>
internal static class IndicatorRule
{
    public static IndicatorResult Evaluate(
        IndicatorRow row, int index, ScoringProfile profile, List<Finding> findings,
        CommonIndicator? common = null, DepartmentFacts? facts = null)
    {
        var target = row.ParseTarget();
        var actual = row.ParseActual();
        var weight = row.Weight;
        var claimed = row.ClaimedScore;
        var tolerance = profile.Tolerance;
        var path = IndicatorPaths.ClaimedScore(index);
        var label = FindingFactory.Subject.Indicator(row.Name);

        var claimOutOfRange = false;
        if (claimed is { } c)
        {
            if (Arithmetic.IsAbove(c, weight, tolerance))
            {
                findings.Add(FindingFactory.ScoreAboveWeight(path, label, c, weight));
                claimOutOfRange = true;
            }
            else if (c < 0m)
            {
                findings.Add(FindingFactory.ScoreNegative(path, label, c));
                claimOutOfRange = true;
            }
        }

        IndicatorResult result;
        if (common is not null && CommonIndicatorRule.Rate(row, index, common, facts, tolerance, findings) is { } rate)
        {
            var rule = CommonIndicatorRule.Score(common, target, rate, weight, profile);
            if (claimed is { } claim && !claimOutOfRange && Arithmetic.IsAbove(claim, rule, tolerance))
            {
                findings.Add(FindingFactory.ClaimAboveRule(index, row.Name, target, actual, claim, rule, weight));
            }

            var computed = claimed is { } k ? Math.Min(Math.Max(k, 0m), rule) : rule;
            result = Result(row, index, IndicatorMethod.Quantitative, rule, null, null, computed);
        }
        else if (target.Kind == MeasureKind.Quantity && actual.Kind == MeasureKind.Quantity)
        {
            CheckUnits(row, index, target, actual, findings);
            // An actual written as a range (">=90") is taken at its bound: it is all the form asserts.
            var rule = QuantitativeRule.Score(
                target.Comparator ?? Comparator.AtLeast,
                Arithmetic.ClampFigure(target.Number!.Value),
                Arithmetic.ClampFigure(actual.Number!.Value),
                weight,
                profile);
            if (claimed is { } claim && !claimOutOfRange && Arithmetic.IsAbove(claim, rule, tolerance))
            {
                findings.Add(FindingFactory.ClaimAboveRule(index, row.Name, target, actual, claim, rule, weight));
            }

            var computed = claimed is { } k ? Math.Min(Math.Max(k, 0m), rule) : rule;
            result = Result(row, index, IndicatorMethod.Quantitative, rule, null, null, computed);
        }
        else if (QualitativeRule.TierOf(target, actual) is { } tier)
        {
            var band = QualitativeRule.Band(tier, weight, profile);
            if (claimed is { } claim && !claimOutOfRange && weight > 0m)
            {
                if (QualitativeRule.IsAbove(band, claim, tolerance))
                {
                    findings.Add(FindingFactory.ClaimAboveTierBand(index, row.Name, tier, claim, band));
                }
                else if (QualitativeRule.IsBelow(band, claim, tolerance))
                {
                    findings.Add(FindingFactory.ClaimBelowTierBand(index, row.Name, tier, claim, band));
                }
            }

            var computed = claimed is { } k ? Math.Min(Math.Max(k, 0m), band.Max) : band.Min;
            result = Result(row, index, IndicatorMethod.Qualitative, null, band, tier, computed);
        }
        else
        {
            findings.Add(FindingFactory.MeasureNotComparable(index, row.Name, target, actual));
            var computed = Arithmetic.Clamp(claimed ?? 0m, 0m, Math.Max(weight, 0m));
            result = Result(row, index, IndicatorMethod.NotComparable, null, null, null, computed);
        }

        if (claimed is null)
        {
            findings.Add(FindingFactory.ScoreMissing(path, label, result.RuleScore ?? result.Band?.Min));
        }
        else if (Arithmetic.IsBelow(claimed.Value, weight, tolerance) && !row.HasDeviationReason())
        {
            // 财预〔2020〕10号: a score below the weight must be explained (偏差原因分析及改进措施).
            findings.Add(FindingFactory.IndicatorReasonMissing(index, row.Name, claimed.Value, weight));
        }

        return result;
    }

    private static void CheckUnits(IndicatorRow row, int index, Measure target, Measure actual, List<Finding> findings)
    {
        if (target.Unit is { } targetUnit && actual.Unit is { } actualUnit && targetUnit != actualUnit)
        {
            findings.Add(FindingFactory.UnitMismatch(index, row.Name, targetUnit, actualUnit));
        }
    }

    private static IndicatorResult Result(
        IndicatorRow row, int index, IndicatorMethod method, decimal? rule, ScoreBand? band, AchievementTier? tier, decimal computed) =>
        new(index, row.Level1, row.Level2, row.Name, method, row.Weight, row.ClaimedScore, rule, band, tier, computed);
}
