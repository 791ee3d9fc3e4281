using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// The rule engine's figures for one form, beside the unit's claims, with its findings.
/// A plain record so that it can be stored in events and read back with System.Text.Json.
/// </summary>
public sealed record Scorecard
{
    public required string ProfileName { get; init; }
    public required ExecutionResult Execution { get; init; }
    public required IReadOnlyList<IndicatorResult> Indicators { get; init; }

    /// <summary>分值 of execution plus all indicators, as written on the form.</summary>
    public required decimal WeightsTotal { get; init; }

    /// <summary>总分 as printed.</summary>
    public decimal? ClaimedTotal { get; init; }

    /// <summary>The sum of the printed scores (what the printed total should be).</summary>
    public required decimal ClaimedSum { get; init; }

    /// <summary>The system's total: computed execution score plus each indicator's computed score.</summary>
    public required decimal ComputedTotal { get; init; }

    public string? ClaimedGrade { get; init; }
    public required string ComputedGrade { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }

    public IEnumerable<Finding> FindingsAt(string path) => Findings.Where(f => f.Path == path);

    public IEnumerable<Finding> FindingsFor(IndicatorResult indicator) =>
        Findings.Where(f => f.Path == IndicatorPaths.Row(indicator.Index)
                            || f.Path.StartsWith(IndicatorPaths.Row(indicator.Index) + ".", StringComparison.Ordinal));

    public IEnumerable<Finding> Errors() => Findings.Where(f => f.Severity == Severity.Error);
}

/// <summary>Budget execution: the printed rate and score beside the arithmetic.</summary>
/// <param name="Rate">executed ÷ full-year budget in percent, 2 decimals; null when the budget is 0 or missing.</param>
/// <param name="ComputedScore">weight × min(rate, 100 %).</param>
public sealed record ExecutionResult(
    decimal? FullYearBudget,
    decimal? Executed,
    decimal? Rate,
    decimal? ClaimedRate,
    decimal Weight,
    decimal? ClaimedScore,
    decimal ComputedScore);

/// <summary>How an indicator was scored.</summary>
public enum IndicatorMethod
{
    /// <summary>Target and actual are numbers: the rule gives a score.</summary>
    Quantitative,

    /// <summary>The actual is a tier or word: the rule gives a band the claim must fall in.</summary>
    Qualitative,

    /// <summary>Target and actual cannot be compared (e.g. a number against a word); only the weight bounds the claim.</summary>
    NotComparable,
}

/// <summary>A band of allowed scores for a qualitative tier; <see cref="MaxInclusive"/> is false for [60 %, 80 %) and [0, 60 %).</summary>
public sealed record ScoreBand(decimal Min, decimal Max, bool MaxInclusive);

/// <summary>One indicator: the unit's claim, the rule's figure (or band) and the system's figure.</summary>
/// <param name="Index">Position in the form's indicator list, from 0.</param>
/// <param name="RuleScore">The formula's score for quantitative indicators.</param>
/// <param name="Band">The tier's band for qualitative indicators.</param>
/// <param name="ComputedScore">The claim capped at what the rules allow (a lower claim is a deduction the unit made and is kept).</param>
public sealed record IndicatorResult(
    int Index,
    string Level1,
    string Level2,
    string Name,
    IndicatorMethod Method,
    decimal Weight,
    decimal? ClaimedScore,
    decimal? RuleScore,
    ScoreBand? Band,
    AchievementTier? Tier,
    decimal ComputedScore);
