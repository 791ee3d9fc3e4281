using PerfEval.Domain.Forms;

namespace PerfEval.TestFiles;

/// <summary>
/// A consistent department-wide form (部门整体支出绩效自评表) with made-up figures: the budget executed at 97 %, the three
/// common indicators within their standards and computed from the department's figures, and one indicator of its own
/// below its target with a reason. Every printed figure matches the rules: scored, it gives no finding.
/// </summary>
public static class DepartmentWideSample
{
    public const string Department = "示例区市场监督管理局";

    public static EvaluationForm Form(int fiscalYear = 2024) => new()
    {
        Kind = FormKind.DepartmentWide,
        Header = new FormHeader
        {
            ProjectName = "部门整体支出",
            CompetentDepartment = Department,
            ImplementingUnit = Department,
            FiscalYear = fiscalYear,
        },
        Funds = new FundsTable
        {
            Total = new FundsRow { InitialBudget = 1200m, FullYearBudget = 1250m, Executed = 1212.5m, ClaimedRate = 97m },
            CurrentAppropriation = new FundsRow { InitialBudget = 1150m, FullYearBudget = 1200m, Executed = 1164m, ClaimedRate = 97m },
            CarryOver = new FundsRow { InitialBudget = 50m, FullYearBudget = 50m, Executed = 48.5m, ClaimedRate = 97m },
            Other = new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = null },
            Weight = 10m,
            ClaimedScore = 9.7m,
        },
        Goals = new AnnualGoals
        {
            Expected = "完成年度市场监管重点工作任务12项，保障机构正常运转。",
            Actual = "完成重点工作任务12项，其中2项按上级要求顺延至次年一季度。",
        },
        Department = new DepartmentFacts
        {
            AuthorizedStaff = 42,
            ActualStaff = 40,
            ThreePublicCurrent = 18.6m,
            ThreePublicPrevious = 20m,
            KeyExpenditure = 680m,
            ProjectExpenditure = 800m,
        },
        Indicators =
        [
            Row("投入指标", "预算配置", "在职人员控制率", "≤100%", "95.24%", 5m, 5m),
            Row("投入指标", "预算配置", "“三公”经费变动率", "≤0%", "-7%", 5m, 5m),
            Row("投入指标", "预算配置", "重点支出安排率", "≥80%", "85%", 5m, 5m),
            Row("产出指标", "数量指标", "年度重点工作任务完成数", "≥12项", "12项", 25m, 25m),
            Row("产出指标", "质量指标", "审计发现问题整改率", "=100%", "100%", 15m, 15m),
            Row("产出指标", "时效指标", "重点任务按期完成率", "≥95%", "92%", 10m, 9.68m, "两项任务因上级政策调整顺延至次年。"),
            Row("效益指标", "社会效益指标", "服务对象覆盖率", "≥90%", "93%", 15m, 15m),
            Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "91.5%", 10m, 10m),
        ],
        ClaimedTotal = 99.38m,
        ClaimedGrade = "优",
    };

    private static IndicatorRow Row(
        string level1, string level2, string name, string target, string actual, decimal weight, decimal claimed, string? reason = null) => new()
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Actual = actual,
            Weight = weight,
            ClaimedScore = claimed,
            DeviationReason = reason,
        };
}
