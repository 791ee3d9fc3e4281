using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Sampling;

/// <summary>
/// The severity of a scorecard finding known only by its code (the yearly facts keep codes, not findings): the
/// severity the rule engine gives it, the stronger one where a code carries two (<c>CLAIM_OUTSIDE_TIER_BAND</c>).
/// A code not listed counts as a warning.
/// </summary>
public static class FindingSeverities
{
    private static readonly Dictionary<string, Severity> BySeverity = new(StringComparer.Ordinal)
    {
        [FindingCodes.WeightsNot100] = Severity.Error,
        [FindingCodes.ExecutionWeightUnexpected] = Severity.Warning,
        [FindingCodes.ScoreAboveWeight] = Severity.Error,
        [FindingCodes.ScoreNegative] = Severity.Error,
        [FindingCodes.ScoreMissing] = Severity.Warning,
        [FindingCodes.ClaimAboveRule] = Severity.Error,
        [FindingCodes.ClaimOutsideTierBand] = Severity.Error,
        [FindingCodes.DeviationReasonMissing] = Severity.Warning,
        [FindingCodes.ExecutionRateMismatch] = Severity.Error,
        [FindingCodes.ExecutionRateUndefined] = Severity.Warning,
        [FindingCodes.ExecutionScoreMismatch] = Severity.Error,
        [FindingCodes.FundsRowsNotSum] = Severity.Error,
        [FindingCodes.TotalNotSum] = Severity.Error,
        [FindingCodes.GradeMismatch] = Severity.Error,
        [FindingCodes.GradeChangesOnRecompute] = Severity.Info,
        [FindingCodes.UnitMismatch] = Severity.Warning,
        [FindingCodes.MeasureNotComparable] = Severity.Warning,
        [FindingCodes.FigureOutOfRange] = Severity.Error,
        [FindingCodes.TargetWeightsNotTotal] = Severity.Error,
        [FindingCodes.TargetLevel1Missing] = Severity.Error,
        [FindingCodes.TargetValueMissing] = Severity.Error,
        [FindingCodes.TargetComparatorMissing] = Severity.Error,
        [FindingCodes.TargetUnitMissing] = Severity.Error,
        [FindingCodes.CostTargetAtLeast] = Severity.Error,
        [FindingCodes.TargetBelowPreviousActual] = Severity.Warning,
        [FindingCodes.TargetVague] = Severity.Warning,
        [FindingCodes.TargetChanged] = Severity.Error,
        [FindingCodes.TargetNotApproved] = Severity.Warning,
        [FindingCodes.DepartmentRateMismatch] = Severity.Error,
        [FindingCodes.CommonIndicatorMissing] = Severity.Warning,

        // The checks across forms and years: counted from their own results, which carry the severity; listed so a
        // code is never unknown.
        [FindingCodes.IndicatorCopiedAcrossUnits] = Severity.Warning,
        [FindingCodes.BoilerplateIndicator] = Severity.Info,
        [FindingCodes.AllScoresMaxWithErrors] = Severity.Warning,
        [FindingCodes.IndicatorInOutputAndBenefit] = Severity.Warning,
        [FindingCodes.ZeroActualUnexplained] = Severity.Warning,
    };

    private static readonly Dictionary<string, Severity>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        BySeverity.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Severity Of(string code) => BySeverity.GetValueOrDefault(code, Severity.Warning);

    public static Severity Of(ReadOnlySpan<char> code) => BySpan.TryGetValue(code, out var severity) ? severity : Severity.Warning;

    public static bool Knows(string code) => BySeverity.ContainsKey(code);
}
