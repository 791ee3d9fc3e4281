namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The thresholds of the checks across forms and years (docs/domain-rules.md#checks-across-forms-and-years), from the
/// settings section <c>CrossChecks</c>.
/// </summary>
public sealed record CrossCheckSettings
{
    public const string Section = "CrossChecks";

    /// <summary>Dice of two indicator texts' trigrams at or above which they are "nearly the same".</summary>
    public double IndicatorSimilarity { get; init; } = 0.8;

    /// <summary>Dice of two project names' trigrams at or above which the projects are related (a copy between them is expected).</summary>
    public double ProjectSimilarity { get; init; } = 0.5;

    /// <summary>Indicator texts shorter than this (normalised) are too generic to call a copy ("满意度").</summary>
    public int MinTextLength { get; init; } = 6;

    /// <summary>How many units sharing one benefit or satisfaction text make it boilerplate; such texts are not reported as copies.</summary>
    public int BoilerplateUnits { get; init; } = 20;

    public static CrossCheckSettings Default { get; } = new();
}
