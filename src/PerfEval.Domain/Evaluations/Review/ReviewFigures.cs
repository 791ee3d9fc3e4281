namespace PerfEval.Domain.Evaluations.Review;

/// <summary>
/// The figures a review arrives at: the unit's claims with the reviewer's verified scores (re-check entries) in their place. The unit's
/// claims themselves are never changed.
/// </summary>
public static class ReviewFigures
{
    public static decimal? ScoreOf(Evaluation evaluation, ScoreTarget target) =>
        evaluation.Rechecks.LastOrDefault(r => r.Target == target)?.VerifiedScore ?? ClaimedScoreOf(evaluation, target);

    public static decimal? ClaimedScoreOf(Evaluation evaluation, ScoreTarget target) => target.Kind switch
    {
        ScoreTargetKind.Execution => evaluation.Form.Funds.ClaimedScore,
        _ => evaluation.Form.Indicators[target.IndicatorIndex!.Value].ClaimedScore,
    };

    public static decimal WeightOf(Evaluation evaluation, ScoreTarget target) => target.Kind switch
    {
        ScoreTargetKind.Execution => evaluation.Form.Funds.Weight,
        _ => evaluation.Form.Indicators[target.IndicatorIndex!.Value].Weight,
    };

    /// <summary>Execution score plus every indicator's score, each the verified score where a re-check entry has one, else the claim.</summary>
    public static decimal Total(Evaluation evaluation) =>
        (ScoreOf(evaluation, ScoreTarget.Execution) ?? 0m) +
        Enumerable.Range(0, evaluation.Form.Indicators.Count)
            .Sum(i => ScoreOf(evaluation, ScoreTarget.Indicator(i)) ?? 0m);

    public static bool IsValid(Evaluation evaluation, ScoreTarget target) =>
        target.Kind == ScoreTargetKind.Execution
            ? target.IndicatorIndex is null
            : target.IndicatorIndex is { } i && i >= 0 && i < evaluation.Form.Indicators.Count;
}
