using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Verification;

/// <summary>
/// What a clause makes of one cell (docs/domain-rules.md#re-check): whether it may be cited there, and the verified
/// score (复核得分) it gives, rounded to 2 decimals. Pure.
/// </summary>
public static class ClauseArithmetic
{
    /// <summary>Verified scores within this distance of the clause's figure agree with it.</summary>
    public const decimal Tolerance = 0.005m;

    /// <summary>Whether the clause may be cited on the cell (its scope, and its 一级指标 filter for indicators).</summary>
    public static bool AppliesTo(RecheckClause clause, EvaluationForm form, ScoreTarget target)
    {
        if (target.Kind == ScoreTargetKind.Execution)
        {
            return clause.AppliesTo != ClauseScope.Indicator && string.IsNullOrEmpty(clause.Level1);
        }

        if (clause.AppliesTo == ClauseScope.Execution)
        {
            return false;
        }

        return string.IsNullOrEmpty(clause.Level1)
            || form.Indicators[target.IndicatorIndex!.Value].Level1.Contains(clause.Level1, StringComparison.Ordinal);
    }

    /// <summary>
    /// The clause's verified score for the cell; null for a <see cref="ClauseKind.Judgement"/> clause (the reviewer's
    /// own score) and for a <see cref="ClauseKind.Proportional"/> clause without a quantity to compute with.
    /// </summary>
    public static decimal? Score(
        RecheckClause clause, EvaluationForm form, ScoreTarget target, string? verifiedActual, ScoringProfile profile)
    {
        var weight = WeightOf(form, target);
        var exact = clause.Kind switch
        {
            ClauseKind.Zero => 0m,
            ClauseKind.DeductShare => weight * (1m - Math.Clamp(clause.Share ?? 0m, 0m, 1m)),
            ClauseKind.FullWeight => weight,
            ClauseKind.Proportional => Proportional(form, target, weight, verifiedActual, profile),
            _ => (decimal?)null,
        };
        return exact is { } value ? Math.Round(Math.Clamp(value, 0m, Math.Max(weight, 0m)), 2, MidpointRounding.AwayFromZero) : null;
    }

    public static decimal WeightOf(EvaluationForm form, ScoreTarget target) =>
        target.Kind == ScoreTargetKind.Execution ? form.Funds.Weight : form.Indicators[target.IndicatorIndex!.Value].Weight;

    public static decimal? SelfScoreOf(EvaluationForm form, ScoreTarget target) =>
        target.Kind == ScoreTargetKind.Execution ? form.Funds.ClaimedScore : form.Indicators[target.IndicatorIndex!.Value].ClaimedScore;

    /// <summary>
    /// An indicator: the quantitative rule over the row's target and the verified actual (≥: weight × min(1, actual ÷
    /// target)). The execution line: weight × min(1, verified rate), the rate written in % or the verified executed
    /// amount over the full-year budget.
    /// </summary>
    private static decimal? Proportional(
        EvaluationForm form, ScoreTarget target, decimal weight, string? verifiedActual, ScoringProfile profile)
    {
        var actual = Measure.Parse(verifiedActual);
        if (actual is not { Kind: MeasureKind.Quantity, Number: { } number })
        {
            return null;
        }

        if (target.Kind == ScoreTargetKind.Execution)
        {
            var rate = actual.Unit == "%"
                ? number / 100m
                : form.Funds.Total.FullYearBudget is > 0m and var budget ? number / budget : (decimal?)null;
            return rate is { } r ? weight * Math.Clamp(r, 0m, 1m) : null;
        }

        var row = form.Indicators[target.IndicatorIndex!.Value];
        return row.ParseTarget() is { Kind: MeasureKind.Quantity, Number: { } goal } parsed
            ? QuantitativeRule.Score(parsed.Comparator ?? Comparator.AtLeast, goal, number, weight, profile)
            : null;
    }
}
