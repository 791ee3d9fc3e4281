namespace PerfEval.Domain.BudgetAdvice;

/// <summary>Where a project's rectification stands, for its advice.</summary>
public enum RectificationState
{
    /// <summary>No notice about the form or its unit in the year.</summary>
    None,

    /// <summary>Every notice accepted (整改完成).</summary>
    Completed,

    /// <summary>A notice open and not past its deadline.</summary>
    Open,

    /// <summary>A notice waiting for the unit past its deadline.</summary>
    Overdue,
}

/// <summary>What a project's advice is computed from: its final grade, its re-check deviation, its rectification.</summary>
public sealed record AdviceInput(string? FinalGrade, decimal? Deviation, RectificationState Rectification);

/// <summary>A computed advice, with the reasons that led to it, in rule order, in Chinese and in English.</summary>
public sealed record ComputedAdvice(AdviceKind Kind, decimal? CutPercent, IReadOnlyList<string> Reasons, IReadOnlyList<string> ReasonsEn)
{
    public string Label => AdviceKinds.Label(Kind, CutPercent);
}
