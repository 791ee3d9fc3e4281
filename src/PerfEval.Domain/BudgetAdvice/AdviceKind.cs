namespace PerfEval.Domain.BudgetAdvice;

/// <summary>What a project's result advises for next year's budget (结果应用), best first.</summary>
public enum AdviceKind
{
    /// <summary>优先保障: keep funding first.</summary>
    Priority,

    /// <summary>维持: keep the budget.</summary>
    Maintain,

    /// <summary>压减: cut the budget by the settings' share.</summary>
    Cut,

    /// <summary>取消或暂停: cancel or suspend the project.</summary>
    CancelOrSuspend,
}

public static class AdviceKinds
{
    public static string Zh(AdviceKind kind) => kind switch
    {
        AdviceKind.Priority => "优先保障",
        AdviceKind.Maintain => "维持",
        AdviceKind.Cut => "压减",
        _ => "取消或暂停",
    };

    public static string En(AdviceKind kind) => kind switch
    {
        AdviceKind.Priority => "priority",
        AdviceKind.Maintain => "maintain",
        AdviceKind.Cut => "cut",
        _ => "cancel or suspend",
    };

    /// <summary>One step worse, never past <see cref="AdviceKind.CancelOrSuspend"/>.</summary>
    public static AdviceKind Down(AdviceKind kind) => kind == AdviceKind.CancelOrSuspend ? kind : kind + 1;

    /// <summary>The advice as people read it: 压减 carries its share (压减 10%).</summary>
    public static string Label(AdviceKind kind, decimal? cutPercent) =>
        kind == AdviceKind.Cut && cutPercent is { } p ? $"压减 {p:0.##}%" : Zh(kind);
}
