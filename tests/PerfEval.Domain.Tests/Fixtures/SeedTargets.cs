using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>Target declarations as the seed forms' projects would have declared them: their budgets, goals and targets.</summary>
public static class SeedTargets
{
    public static IReadOnlyList<TargetContent> All { get; } = [.. SeedForms.All.Select(From)];

    /// <summary>灵活就业工作经费, with a scoring method on some indicators and a budget part left empty.</summary>
    public static TargetContent FlexibleEmployment { get; } = All[0] with
    {
        Budget = All[0].Budget with { Other = null },
        Indicators = [.. All[0].Indicators.Select((i, n) => n % 2 == 0 ? i with { ScoringMethod = "完成得满分，未完成按比例扣分" } : i)],
    };

    public static TargetContent From(EvaluationForm form) => new()
    {
        Header = form.Header,
        Budget = new TargetBudget
        {
            Total = form.Funds.Total.InitialBudget,
            CurrentAppropriation = form.Funds.CurrentAppropriation.InitialBudget,
            CarryOver = form.Funds.CarryOver.InitialBudget,
            Other = form.Funds.Other.InitialBudget,
        },
        Goals = form.Goals.Expected,
        ExecutionWeight = form.Funds.Weight,
        Indicators = [.. form.Indicators.Select(i => new TargetIndicator
        {
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Target = i.Target,
            Weight = i.Weight,
        })],
    };
}
