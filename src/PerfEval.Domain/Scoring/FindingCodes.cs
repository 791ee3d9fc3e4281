namespace PerfEval.Domain.Scoring;

/// <summary>The stable codes of findings. Clients key on them; never rename one.</summary>
public static class FindingCodes
{
    public const string WeightsNot100 = "WEIGHTS_NOT_100";
    public const string ExecutionWeightUnexpected = "EXECUTION_WEIGHT_UNEXPECTED";
    public const string ScoreAboveWeight = "SCORE_ABOVE_WEIGHT";
    public const string ScoreNegative = "SCORE_NEGATIVE";
    public const string ScoreMissing = "SCORE_MISSING";
    public const string ClaimAboveRule = "CLAIM_ABOVE_RULE";
    public const string ClaimOutsideTierBand = "CLAIM_OUTSIDE_TIER_BAND";
    public const string DeviationReasonMissing = "DEVIATION_REASON_MISSING";
    public const string ExecutionRateMismatch = "EXECUTION_RATE_MISMATCH";
    public const string ExecutionRateUndefined = "EXECUTION_RATE_UNDEFINED";
    public const string ExecutionScoreMismatch = "EXECUTION_SCORE_MISMATCH";
    public const string FundsRowsNotSum = "FUNDS_ROWS_NOT_SUM";
    public const string TotalNotSum = "TOTAL_NOT_SUM";
    public const string GradeMismatch = "GRADE_MISMATCH";
    public const string GradeChangesOnRecompute = "GRADE_CHANGES_ON_RECOMPUTE";
    public const string UnitMismatch = "UNIT_MISMATCH";
    public const string MeasureNotComparable = "MEASURE_NOT_COMPARABLE";
    public const string FigureOutOfRange = "FIGURE_OUT_OF_RANGE";

    // The department-wide form's common indicators (Scoring/Common).
    public const string DepartmentRateMismatch = "DEPARTMENT_RATE_MISMATCH";
    public const string CommonIndicatorMissing = "COMMON_INDICATOR_MISSING";

    // Checks of a target declaration (DeclarationRules) and of a form against its approved targets (TargetLock).
    public const string TargetWeightsNotTotal = "TARGET_WEIGHTS_NOT_TOTAL";
    public const string TargetLevel1Missing = "TARGET_LEVEL1_MISSING";
    public const string TargetValueMissing = "TARGET_VALUE_MISSING";
    public const string TargetComparatorMissing = "TARGET_COMPARATOR_MISSING";
    public const string TargetUnitMissing = "TARGET_UNIT_MISSING";
    public const string CostTargetAtLeast = "COST_TARGET_AT_LEAST";
    public const string TargetBelowPreviousActual = "TARGET_BELOW_PREVIOUS_ACTUAL";
    public const string TargetVague = "TARGET_VAGUE";
    public const string TargetChanged = "TARGET_CHANGED";
    public const string TargetNotApproved = "TARGET_NOT_APPROVED";

    // Checks across forms and years (CrossChecks); they also report COST_TARGET_AT_LEAST and
    // TARGET_BELOW_PREVIOUS_ACTUAL on a form's rows.
    public const string IndicatorCopiedAcrossUnits = "INDICATOR_COPIED_ACROSS_UNITS";
    public const string BoilerplateIndicator = "BOILERPLATE_INDICATOR";
    public const string AllScoresMaxWithErrors = "ALL_SCORES_MAX_WITH_ERRORS";
    public const string IndicatorInOutputAndBenefit = "INDICATOR_IN_OUTPUT_AND_BENEFIT";
    public const string ZeroActualUnexplained = "ZERO_ACTUAL_UNEXPLAINED";

    public static IReadOnlyList<string> All { get; } =
    [
        WeightsNot100, ExecutionWeightUnexpected, ScoreAboveWeight, ScoreNegative, ScoreMissing, ClaimAboveRule,
        ClaimOutsideTierBand, DeviationReasonMissing, ExecutionRateMismatch, ExecutionRateUndefined,
        ExecutionScoreMismatch, FundsRowsNotSum, TotalNotSum, GradeMismatch, GradeChangesOnRecompute, UnitMismatch,
        MeasureNotComparable, FigureOutOfRange, TargetWeightsNotTotal, TargetLevel1Missing, TargetValueMissing,
        TargetComparatorMissing, TargetUnitMissing, CostTargetAtLeast, TargetBelowPreviousActual, TargetVague,
        TargetChanged, TargetNotApproved, IndicatorCopiedAcrossUnits, BoilerplateIndicator, AllScoresMaxWithErrors,
        IndicatorInOutputAndBenefit, ZeroActualUnexplained, DepartmentRateMismatch, CommonIndicatorMissing,
    ];
}
