using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// The score of a quantitative indicator per 财预〔2020〕10号 as finance platforms apply it:
/// ≥ &gt; = : met → full weight, else weight × actual ÷ target (= is not penalised for over-achievement);
/// ≤ &lt; : within → full weight, else the profile's <see cref="UpperLimitFormula"/>. Never above the weight nor below 0.
/// </summary>
public static class QuantitativeRule
{
    public static decimal Score(Comparator comparator, decimal target, decimal actual, decimal weight, ScoringProfile profile)
    {
        if (weight <= 0m)
        {
            return 0m;
        }

        var exact = comparator.IsUpperLimit()
            ? UpperLimit(target, actual, weight, profile.UpperLimitFormula)
            : LowerLimit(target, actual, weight);
        return Arithmetic.Round(Arithmetic.Clamp(exact, 0m, weight), profile.IndicatorScoreDecimals);
    }

    private static decimal LowerLimit(decimal target, decimal actual, decimal weight)
    {
        if (actual >= target)
        {
            return weight;
        }

        // Below a target of 0 or less there is no proportion to take: the target is simply missed.
        if (target <= 0m)
        {
            return 0m;
        }

        var share = Arithmetic.Divide(actual, target);
        return share <= 0m ? 0m : weight * share;
    }

    private static decimal UpperLimit(decimal target, decimal actual, decimal weight, UpperLimitFormula formula)
    {
        if (actual <= target)
        {
            return weight;
        }

        // Any amount above a limit of 0 misses it entirely: neither formula has a proportion to take.
        if (target <= 0m)
        {
            return 0m;
        }

        if (formula == UpperLimitFormula.TargetOverActual)
        {
            return weight * Arithmetic.Divide(target, actual);
        }

        var excess = Arithmetic.Divide(actual - target, target);
        return excess >= 1m ? 0m : weight * (1m - excess);
    }
}
