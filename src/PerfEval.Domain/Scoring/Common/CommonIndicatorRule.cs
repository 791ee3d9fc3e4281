using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring.Common;

/// <summary>
/// Scores a common indicator of the department-wide form as the standard indicator tables do: full weight within the
/// standard, and for each percentage point beyond it a share of the weight deducted
/// (<see cref="ScoringProfile.CommonIndicatorStepShare"/>, 10 %: "每超过一个百分点扣0.1×分值，扣完为止"), never
/// below 0. The rate is the one the department's own figures give; the printed 实际完成值 is used only when they are
/// empty, and a printed rate that disagrees with them is a finding.
/// </summary>
public static class CommonIndicatorRule
{
    /// <summary>
    /// The rate to score: from the department's figures when they give one (reporting a printed rate that differs),
    /// else the printed actual when it is a number, else null (the row is then scored as any other indicator).
    /// </summary>
    public static decimal? Rate(
        IndicatorRow row, int index, CommonIndicator common, DepartmentFacts? facts, decimal tolerance, List<Finding> findings)
    {
        var printed = row.ParseActual() is { Kind: MeasureKind.Quantity, Number: { } n } ? Arithmetic.ClampFigure(n) : (decimal?)null;
        if (facts is not null && common.Rate(facts) is { } computed)
        {
            if (printed is { } p && !Arithmetic.Matches(p, computed, tolerance))
            {
                findings.Add(FindingFactory.DepartmentRateMismatch(index, common, p, computed));
            }

            return computed;
        }

        return printed;
    }

    /// <summary>The rule's score of <paramref name="rate"/> against the row's target, or the indicator's standard.</summary>
    public static decimal Score(CommonIndicator common, Measure target, decimal rate, decimal weight, ScoringProfile profile)
    {
        if (weight <= 0m)
        {
            return 0m;
        }

        var (comparator, standard) = target is { Kind: MeasureKind.Quantity, Number: { } t }
            ? (target.Comparator ?? common.StandardComparator, Arithmetic.ClampFigure(t))
            : (common.StandardComparator, common.Standard);
        var beyond = comparator switch
        {
            Comparator.AtMost or Comparator.LessThan => rate - standard,
            Comparator.Equal => Math.Abs(rate - standard),
            _ => standard - rate,
        };
        var deducted = weight * profile.CommonIndicatorStepShare * Math.Max(0m, beyond);
        return Arithmetic.Round(Arithmetic.Clamp(weight - deducted, 0m, weight), profile.IndicatorScoreDecimals);
    }

    /// <summary>A department-wide form without one of the common indicators: reported, since its score cannot show it.</summary>
    public static void CheckPresent(IReadOnlyList<IndicatorRow> rows, List<Finding> findings)
    {
        foreach (var common in CommonIndicators.All)
        {
            if (!rows.Any(r => r.Name is not null && common.Names(r.Name)))
            {
                findings.Add(FindingFactory.CommonIndicatorMissing(common));
            }
        }
    }
}
