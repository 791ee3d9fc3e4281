using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Verification;

/// <summary>
/// A form's re-check figures: <paramref name="VerifiedTotal"/> (the claims with the verified scores in their place),
/// Σ|self score − verified score| (<paramref name="AbsoluteDifference"/>) and Σ weights (<paramref name="Weights"/>) over
/// the execution line and every indicator, the deviation (偏离度) = their quotient, and the quality grade (自评质量).
/// <paramref name="Deviation"/> and <paramref name="Quality"/> are null while no cell is re-checked.
/// </summary>
public sealed record RecheckFigures(
    int Entries,
    decimal VerifiedTotal,
    decimal AbsoluteDifference,
    decimal Weights,
    decimal? Deviation,
    string? Quality);

/// <summary>
/// The deviation (偏离度) of a self-evaluation from its re-check (docs/domain-rules.md#deviation): Σ|self − verified| ÷
/// Σ weights over the execution line and every indicator; a cell not re-checked counts as verified = self, a missing
/// self score as 0. Pure.
/// </summary>
public static class Deviation
{
    public static RecheckFigures Of(Evaluation evaluation, ScoringProfile profile)
    {
        var (difference, weights) = Sums(evaluation);
        decimal? deviation = evaluation.Rechecks.Count == 0 ? null : Share(difference, weights);
        return new RecheckFigures(
            evaluation.Rechecks.Count,
            ReviewFigures.Total(evaluation),
            difference,
            weights,
            deviation,
            deviation is { } d ? profile.QualityOf(d) : null);
    }

    /// <summary>Σ|self − verified| and Σ weights of a form (what a unit's and a department's deviation add up).</summary>
    public static (decimal AbsoluteDifference, decimal Weights) Sums(Evaluation evaluation)
    {
        var form = evaluation.Form;
        var difference = evaluation.Rechecks.Sum(r => Math.Abs((SelfScore(evaluation, r.Target) ?? 0m) - r.VerifiedScore));
        var weights = form.Funds.Weight + form.Indicators.Sum(i => i.Weight);
        return (difference, weights);
    }

    /// <summary>Σ|diff| ÷ Σ weights, 4 decimals (a share: 0.0525 = 5.25 %); 0 without weights.</summary>
    public static decimal Share(decimal difference, decimal weights) =>
        weights <= 0m ? 0m : Math.Round(difference / weights, 4, MidpointRounding.AwayFromZero);

    private static decimal? SelfScore(Evaluation evaluation, ScoreTarget target) =>
        ReviewFigures.IsValid(evaluation, target) ? ReviewFigures.ClaimedScoreOf(evaluation, target) : null;
}
