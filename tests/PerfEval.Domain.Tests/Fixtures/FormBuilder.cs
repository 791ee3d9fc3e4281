using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>Small consistent forms for rule tests: execution 10 of 10 at 100 %, and the given indicators.</summary>
public static class FormBuilder
{
    public static IndicatorRow Row(string target, string actual, decimal weight, decimal? claimed, string? reason = null, string name = "指标") => new()
    {
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = name,
        Target = target,
        Actual = actual,
        Weight = weight,
        ClaimedScore = claimed,
        DeviationReason = reason,
    };

    public static FundsRow Funds(decimal budget, decimal executed, decimal? rate) =>
        new() { InitialBudget = budget, FullYearBudget = budget, Executed = executed, ClaimedRate = rate };

    public static EvaluationForm Form(params IndicatorRow[] rows) => Form(Funds(10m, 10m, 100m), 10m, rows);

    public static EvaluationForm Form(FundsRow total, decimal? executionScore, params IndicatorRow[] rows)
    {
        var zero = Funds(0m, 0m, 0m);
        var sum = (executionScore ?? 0m) + rows.Sum(r => r.ClaimedScore ?? 0m);
        return new EvaluationForm
        {
            Header = new FormHeader { ProjectName = "测试项目", CompetentDepartment = "部门", ImplementingUnit = "单位", FiscalYear = 2024 },
            Funds = new FundsTable { Total = total, CurrentAppropriation = total, CarryOver = zero, Other = zero, Weight = 10m, ClaimedScore = executionScore },
            Goals = new AnnualGoals { Expected = "目标。", Actual = "完成。" },
            Indicators = rows,
            ClaimedTotal = sum,
            ClaimedGrade = sum >= 90m ? "优" : sum >= 80m ? "良" : sum >= 60m ? "中" : "差",
        };
    }

    /// <summary>A form whose only indicator carries the remaining 90 points.</summary>
    public static EvaluationForm WithOneIndicator(string target, string actual, decimal? claimed, string? reason = null) =>
        Form(Row(target, actual, 90m, claimed, reason));
}
