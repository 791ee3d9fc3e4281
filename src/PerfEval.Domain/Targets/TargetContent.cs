using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Targets;

/// <summary>
/// A project's performance targets (绩效目标申报表) as the unit declares them before the year: the header, the budget
/// by source, the year's goals and the three-level indicators with their target values and weights. The same
/// vocabulary as the self-evaluation form, which is later filled in against the approved version.
/// </summary>
public sealed record TargetContent
{
    public required FormHeader Header { get; init; }
    public required TargetBudget Budget { get; init; }

    /// <summary>年度总体目标.</summary>
    public string Goals { get; init; } = "";

    /// <summary>分值 of budget execution in the later self-evaluation (10 in the default profile).</summary>
    public decimal ExecutionWeight { get; init; } = 10m;

    public required IReadOnlyList<TargetIndicator> Indicators { get; init; }

    /// <summary>Value equality over every cell, the indicators compared in order.</summary>
    public bool Equals(TargetContent? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Header == other.Header
                && Budget == other.Budget
                && Goals == other.Goals
                && ExecutionWeight == other.ExecutionWeight
                && Indicators.SequenceEqual(other.Indicators)));

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Header);
        hash.Add(Budget);
        hash.Add(Goals);
        hash.Add(ExecutionWeight);
        foreach (var row in Indicators)
        {
            hash.Add(row);
        }

        return hash.ToHashCode();
    }
}

/// <summary>项目资金 by source (万元): 年度资金总额 and its parts, as budgeted at the start of the year.</summary>
public sealed record TargetBudget
{
    public decimal? Total { get; init; }
    public decimal? CurrentAppropriation { get; init; }
    public decimal? CarryOver { get; init; }
    public decimal? Other { get; init; }
}

/// <summary>One level-3 indicator of a declaration: its headings, the target value as written, the weight.</summary>
public sealed record TargetIndicator
{
    /// <summary>一级指标, e.g. 产出指标.</summary>
    public required string Level1 { get; init; }

    /// <summary>二级指标, e.g. 数量指标.</summary>
    public required string Level2 { get; init; }

    /// <summary>三级指标: the indicator's name.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// 年度指标值 as written: a comparator, number and unit ("≥8000(人)"), or a qualitative wording ("达成年度指标").
    /// </summary>
    public required string Target { get; init; }

    /// <summary>分值.</summary>
    public required decimal Weight { get; init; }

    /// <summary>评分方法 (how the indicator will be scored), free text; may be empty.</summary>
    public string? ScoringMethod { get; init; }

    public Measure ParseTarget() => Measure.Parse(Target);
}
