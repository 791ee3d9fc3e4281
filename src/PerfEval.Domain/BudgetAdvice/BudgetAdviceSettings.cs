namespace PerfEval.Domain.BudgetAdvice;

/// <summary>
/// The mapping from results to next year's budget advice (docs/domain-rules.md#budget-advice), bound from the
/// "BudgetAdvice" section.
/// </summary>
public sealed class BudgetAdviceSettings
{
    public const string Section = "BudgetAdvice";

    public static BudgetAdviceSettings Default { get; } = new();

    /// <summary>BA-GRADE: the advice of each final grade.</summary>
    public Dictionary<string, AdviceKind> Grades { get; set; } = new()
    {
        ["优"] = AdviceKind.Priority,
        ["良"] = AdviceKind.Maintain,
        ["中"] = AdviceKind.Cut,
        ["差"] = AdviceKind.CancelOrSuspend,
    };

    /// <summary>The share a 压减 advice cuts, in percent.</summary>
    public decimal CutPercent { get; set; } = 10m;

    /// <summary>BA-DEVIATION: a re-check deviation (偏离度, a share) above this lowers the advice one step.</summary>
    public decimal DeviationThreshold { get; set; } = 0.10m;

    /// <summary>BA-RECTIFICATION: an overdue rectification notice lowers the advice one step.</summary>
    public bool OverdueRectificationDowngrades { get; set; } = true;

    /// <summary>BA-RECTIFICATION: an open notice not yet overdue lowers it too (off by default: it is only noted).</summary>
    public bool OpenRectificationDowngrades { get; set; }

    /// <summary>The advice of a grade the mapping does not name (none: 维持).</summary>
    public AdviceKind OfGrade(string? grade) =>
        grade is not null && Grades.TryGetValue(grade, out var kind) ? kind : AdviceKind.Maintain;
}
