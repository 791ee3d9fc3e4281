using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.BudgetAdvice;

/// <summary>
/// A manager overrode the computed budget advice of an approved form, with a reason. On the form's stream, so it is
/// in the form's history; the latest override of the form is the one in force.
/// </summary>
public sealed record BudgetAdviceOverridden(
    Guid EvaluationId,
    int FiscalYear,
    AdviceKind Computed,
    AdviceKind Advice,
    decimal? CutPercent,
    string Reason,
    string ManagerId,
    string ManagerName) : IFormEvent;

/// <summary>The override in force on a form, as its snapshot keeps it.</summary>
public sealed record AdviceOverride(AdviceKind Advice, decimal? CutPercent, string Reason, string ManagerName);
