namespace PerfEval.Domain.Verification;

/// <summary>
/// A re-check rulebook (复核口径): the clauses a reviewer cites when recording a verified score, versioned by region and
/// fiscal year (docs/domain-rules.md#rulebook). Each version is kept; a re-check entry records the version it used.
/// </summary>
public sealed record Rulebook(string Region, int Year, int Version, IReadOnlyList<RecheckClause> Clauses)
{
    public RecheckClause? Clause(string? code) =>
        Clauses.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The clause under which a verified score is the reviewer's own judgement (the first such clause).</summary>
    public RecheckClause? Judgement => Clauses.FirstOrDefault(c => c.Kind == ClauseKind.Judgement);
}

/// <summary>
/// One clause of a rulebook. <paramref name="Level1"/> narrows an indicator clause to rows whose 一级指标 contains it
/// (e.g. 满意度); <paramref name="Share"/> is the share of the weight a <see cref="ClauseKind.DeductShare"/> clause deducts.
/// </summary>
public sealed record RecheckClause(
    string Code,
    string Title,
    string TitleEn,
    ClauseScope AppliesTo,
    ClauseKind Kind,
    decimal? Share = null,
    string? Level1 = null);

/// <summary>Which cells a clause may be cited on.</summary>
public enum ClauseScope
{
    /// <summary>The budget execution line (预算执行率).</summary>
    Execution,

    /// <summary>An indicator row.</summary>
    Indicator,

    /// <summary>Either.</summary>
    Any,
}

/// <summary>How a clause computes the verified score (复核得分) from the cell's weight, target and verified actual.</summary>
public enum ClauseKind
{
    /// <summary>The cell scores 0 (no evidence, unrelated to the project, no survey, counted twice).</summary>
    Zero,

    /// <summary>weight × (1 − share): a share of the weight is deducted (not assessable: 30 %, 60 %, 100 %).</summary>
    DeductShare,

    /// <summary>The full weight (achieved as claimed; above 130 % of the target not penalised).</summary>
    FullWeight,

    /// <summary>weight × min(1, verified actual ÷ target), by the quantitative scoring rule; for the execution line
    /// the verified executed amount over the full-year budget.</summary>
    Proportional,

    /// <summary>The reviewer's own score in [0, weight], with a remark.</summary>
    Judgement,
}
