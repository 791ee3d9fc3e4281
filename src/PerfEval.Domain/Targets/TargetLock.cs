using System.Globalization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Targets;

/// <summary>One cell of a self-evaluation that the approved targets fix, where the form differs from them.</summary>
/// <param name="Path">The cell's path in the form, e.g. <c>indicators[2].target</c>.</param>
/// <param name="Cell">The cell's name in Chinese, for messages.</param>
public sealed record LockedCell(string Path, string Cell, string Approved, string Claimed, decimal? ApprovedValue = null, decimal? ClaimedValue = null);

/// <summary>
/// A self-evaluation against its approved targets (docs/domain-rules.md#targets-lock): the form made from them, and
/// the cells where a form differs. The header, the budget, the goals, the execution weight and each indicator's
/// headings, name, target value and weight are fixed by the targets; the unit supplies the rest.
/// </summary>
public static class TargetLock
{
    /// <summary>A draft self-evaluation with the approved targets' cells filled in and the unit's cells empty.</summary>
    public static EvaluationForm Prefill(TargetContent approved) => new()
    {
        Header = approved.Header,
        Funds = new FundsTable
        {
            Total = new FundsRow { InitialBudget = approved.Budget.Total },
            CurrentAppropriation = new FundsRow { InitialBudget = approved.Budget.CurrentAppropriation },
            CarryOver = new FundsRow { InitialBudget = approved.Budget.CarryOver },
            Other = new FundsRow { InitialBudget = approved.Budget.Other },
            Weight = approved.ExecutionWeight,
        },
        Goals = new AnnualGoals { Expected = approved.Goals },
        Indicators = [.. approved.Indicators.Select(i => new IndicatorRow
        {
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Target = i.Target,
            Actual = "",
            Weight = i.Weight,
        })],
    };

    /// <summary>Every locked cell where <paramref name="form"/> differs from <paramref name="approved"/>.</summary>
    public static IReadOnlyList<LockedCell> Differences(TargetContent approved, EvaluationForm form)
    {
        var cells = new List<LockedCell>();
        Text(cells, "header.projectName", "项目名称", approved.Header.ProjectName, form.Header.ProjectName);
        Text(cells, "header.competentDepartment", "主管部门", approved.Header.CompetentDepartment, form.Header.CompetentDepartment);
        Text(cells, "header.implementingUnit", "实施单位", approved.Header.ImplementingUnit, form.Header.ImplementingUnit);
        Number(cells, "header.fiscalYear", "年度", approved.Header.FiscalYear, form.Header.FiscalYear);
        Number(cells, "funds.total.initialBudget", "年度资金总额的年初预算数", approved.Budget.Total, form.Funds.Total.InitialBudget);
        Number(cells, "funds.currentAppropriation.initialBudget", "当年财政拨款的年初预算数", approved.Budget.CurrentAppropriation, form.Funds.CurrentAppropriation.InitialBudget);
        Number(cells, "funds.carryOver.initialBudget", "上年结转资金的年初预算数", approved.Budget.CarryOver, form.Funds.CarryOver.InitialBudget);
        Number(cells, "funds.other.initialBudget", "其他资金的年初预算数", approved.Budget.Other, form.Funds.Other.InitialBudget);
        Number(cells, IndicatorPaths.FundsWeight, "预算执行率分值", approved.ExecutionWeight, form.Funds.Weight);
        Text(cells, "goals.expected", "年度总体目标（预期目标）", approved.Goals, form.Goals.Expected);
        if (approved.Indicators.Count != form.Indicators.Count)
        {
            Number(cells, "indicators", "三级指标数", approved.Indicators.Count, form.Indicators.Count);
        }

        for (var i = 0; i < Math.Min(approved.Indicators.Count, form.Indicators.Count); i++)
        {
            var a = approved.Indicators[i];
            var f = form.Indicators[i];
            var row = IndicatorPaths.Row(i);
            var label = $"第{i + 1}项指标“{a.Name}”的";
            Text(cells, $"{row}.level1", label + "一级指标", a.Level1, f.Level1);
            Text(cells, $"{row}.level2", label + "二级指标", a.Level2, f.Level2);
            Text(cells, $"{row}.name", label + "名称", a.Name, f.Name);
            Text(cells, $"{row}.target", label + "年度指标值", a.Target, f.Target);
            Number(cells, $"{row}.weight", label + "分值", a.Weight, f.Weight);
        }

        return cells;
    }

    /// <summary>
    /// The findings of a form checked against its project's approved targets: <c>TARGET_CHANGED</c> for each locked
    /// cell that differs, or <c>TARGET_NOT_APPROVED</c> when the project has no approved targets (allowed: not every
    /// region runs the target stage).
    /// </summary>
    public static IReadOnlyList<Finding> Check(EvaluationForm form, TargetContent? approved) =>
        approved is null
            ? [TargetFindings.NotApproved()]
            : [.. Differences(approved, form).Select(c =>
                TargetFindings.Changed(c.Path, c.Cell, c.Approved, c.Claimed, c.ApprovedValue, c.ClaimedValue))];

    private static void Text(List<LockedCell> cells, string path, string cell, string approved, string claimed)
    {
        if (!string.Equals(Compact(approved), Compact(claimed), StringComparison.Ordinal))
        {
            cells.Add(new LockedCell(path, cell, approved, claimed));
        }
    }

    private static void Number(List<LockedCell> cells, string path, string cell, decimal? approved, decimal? claimed)
    {
        if (approved != claimed)
        {
            cells.Add(new LockedCell(path, cell, Show(approved), Show(claimed), approved, claimed));
        }
    }

    /// <summary>Whitespace does not count: a cell wrapped over two lines says the same.</summary>
    private static string Compact(string? text) => string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));

    private static string Show(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "（空）";
}
