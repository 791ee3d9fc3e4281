namespace PerfEval.Domain.Scoring;

/// <summary>
/// The settings of the scoring method that vary by region (财预〔2020〕10号 leaves them to provinces and finance platforms).
/// <see cref="Default"/> is the method of docs/domain-rules.md#scoring-profiles; variants are named copies made with <c>with</c>.
/// </summary>
public sealed record ScoringProfile
{
    public required string Name { get; init; }

    /// <summary>分值 expected for budget execution. The form's own weight is used for scoring; a different one is reported.</summary>
    public decimal ExecutionWeight { get; init; } = 10m;

    /// <summary>What all weights must add up to.</summary>
    public decimal TotalWeight { get; init; } = 100m;

    /// <summary>Printed figures within this distance of the arithmetic are accepted (forms both round and truncate).</summary>
    public decimal Tolerance { get; init; } = 0.01m;

    /// <summary>Execution rate (percent) below which a deviation reason is required.</summary>
    public decimal DeviationReasonRateThreshold { get; init; } = 90m;

    /// <summary>Monitoring: a pace (execution rate ÷ elapsed share of the year) below this, in percent, is red.</summary>
    public decimal MonitoringRedBelow { get; init; } = 60m;

    /// <summary>Monitoring: a pace below this (and not red), in percent, is yellow; at or above it, green.</summary>
    public decimal MonitoringYellowBelow { get; init; } = 80m;

    /// <summary>The level-1 categories (一级指标) a target declaration must have, each matched by its leading words.</summary>
    public IReadOnlyList<string> RequiredLevel1 { get; init; } = ["产出", "效益", "满意度"];

    /// <summary>Decimals of the execution score (2; some regions print an integer).</summary>
    public int ExecutionScoreDecimals { get; init; } = 2;

    /// <summary>Decimals of an indicator's rule score.</summary>
    public int IndicatorScoreDecimals { get; init; } = 2;

    /// <summary>How a ≤ / &lt; target is scored when the actual is above it.</summary>
    public UpperLimitFormula UpperLimitFormula { get; init; } = UpperLimitFormula.LinearDecline;

    /// <summary>Lower bound of the 达成 tier's band as a share of the weight ([80 %, 100 %]).</summary>
    public decimal AchievedFloor { get; init; } = 0.8m;

    /// <summary>Lower bound of the 部分达成 tier's band ([60 %, 80 %)); 未达成 is [0, 60 %).</summary>
    public decimal PartlyAchievedFloor { get; init; } = 0.6m;

    /// <summary>
    /// The department-wide form's common indicators: the share of the weight deducted per percentage point beyond the
    /// standard (0.1: 每超过一个百分点扣分值的10%).
    /// </summary>
    public decimal CommonIndicatorStepShare { get; init; } = 0.1m;

    /// <summary>Grades from the highest; the first whose minimum the total reaches applies.</summary>
    public IReadOnlyList<GradeBand> Grades { get; init; } =
    [
        new("优", 90m),
        new("良", 80m),
        new("中", 60m),
        new("差", decimal.MinValue),
    ];

    /// <summary>
    /// Quality of a self-evaluation (自评质量) by its deviation (偏离度, a share): the first band whose maximum the
    /// deviation does not exceed applies (docs/domain-rules.md#deviation).
    /// </summary>
    public IReadOnlyList<QualityBand> SelfEvaluationQuality { get; init; } =
    [
        new("优", 0.05m),
        new("良", 0.10m),
        new("中", 0.20m),
        new("差", decimal.MaxValue),
    ];

    /// <summary>docs/domain-rules.md#scoring-profiles: execution 10, tolerance 0.01, reason below 90 %, linear decline for ≤, 优/良/中/差 at 90/80/60.</summary>
    public static ScoringProfile Default { get; } = new() { Name = "default" };

    /// <summary>Units that score an exceeded upper limit as weight × target ÷ actual.</summary>
    public static ScoringProfile TargetOverActual { get; } =
        Default with { Name = "target-over-actual", UpperLimitFormula = UpperLimitFormula.TargetOverActual };

    /// <summary>Hubei: budget execution carries 20 points.</summary>
    public static ScoringProfile Hubei { get; } = Default with { Name = "hubei", ExecutionWeight = 20m };

    /// <summary>Regions that print the execution score as an integer.</summary>
    public static ScoringProfile IntegerExecutionScore { get; } =
        Default with { Name = "integer-execution-score", ExecutionScoreDecimals = 0 };

    public static IReadOnlyList<ScoringProfile> Named { get; } = [Default, TargetOverActual, Hubei, IntegerExecutionScore];

    public static ScoringProfile? ByName(string name) =>
        Named.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The self-evaluation quality of a deviation (a share).</summary>
    public string QualityOf(decimal deviation) =>
        SelfEvaluationQuality.FirstOrDefault(b => deviation <= b.MaximumDeviation)?.Grade
        ?? (SelfEvaluationQuality.Count > 0 ? SelfEvaluationQuality[^1].Grade : "");

    public string GradeOf(decimal total)
    {
        foreach (var band in Grades)
        {
            if (total >= band.MinimumTotal)
            {
                return band.Grade;
            }
        }

        return Grades.Count > 0 ? Grades[^1].Grade : "";
    }
}

/// <summary>A quality grade of a self-evaluation and the highest deviation (a share, 0.05 = 5 %) that earns it.</summary>
public sealed record QualityBand(string Grade, decimal MaximumDeviation);

/// <summary>A grade and the lowest total that earns it.</summary>
public sealed record GradeBand(string Grade, decimal MinimumTotal);

/// <summary>Scoring of a ≤ / &lt; target whose actual is above it.</summary>
public enum UpperLimitFormula
{
    /// <summary>weight × (1 − (actual − target) ÷ target): 0 at twice the target.</summary>
    LinearDecline,

    /// <summary>weight × target ÷ actual.</summary>
    TargetOverActual,
}
