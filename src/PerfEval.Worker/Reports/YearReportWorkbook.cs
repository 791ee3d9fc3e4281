using PerfEval.Domain.Directories;
using PerfEval.Domain.Yearly;

namespace PerfEval.Worker.Reports;

/// <summary>
/// The report as an .xlsx workbook: 汇总 (summary), 自评表 (one row per form), 问题 (findings), 按部门 (by department),
/// 绩效目标 (the target declarations by department, with a row for the whole), 部门整体 (each department's department-wide
/// form).
/// Column widths are set here: the sheets are streamed, nothing measures their contents.
/// </summary>
public static class YearReportWorkbook
{
    public const string SummarySheet = "汇总 Summary";
    public const string FormsSheet = "自评表 Forms";
    public const string FindingsSheet = "问题 Findings";
    public const string DepartmentsSheet = "按部门 By department";
    public const string TargetsSheet = "绩效目标 Targets";
    public const string DepartmentWideSheet = "部门整体 Department-wide";

    public static readonly string[] DepartmentWideColumns =
    [
        "评价ID EvaluationId", "主管部门 Department", "状态 Status",
        "年初预算数 Initial", "全年预算数 Full-year", "全年执行数 Executed",
        "自评得分 Claimed", "自评等级 Claimed grade", "系统得分 Computed", "系统等级 Computed grade",
        "审定得分 Final", "审定等级 Final grade", "问题数 Findings",
    ];

    public static readonly string[] TargetColumns =
    [
        "主管部门 Department", "申报数 Declared", "已批复 Approved", "审核中 In review", "退回修改 Sent back", "未通过 Rejected",
        "优", "良", "中", "差", "调整申请 Adjustments", "调整通过 Approved", "调整未通过 Rejected",
        "红灯 Red", "黄灯 Yellow", "绿灯 Green", "未报送监控 Not reported",
    ];

    public static readonly string[] FormColumns =
    [
        "评价ID EvaluationId", "主管部门 Department", "实施单位 Unit", "项目名称 Project", "状态 Status",
        "年初预算数 Initial", "全年预算数 Full-year", "全年执行数 Executed",
        "自评得分 Claimed", "自评等级 Claimed grade", "系统得分 Computed", "系统等级 Computed grade",
        "审定得分 Final", "审定等级 Final grade", "问题数 Findings",
    ];

    /// <summary>The workbook; departments and units by their names in <paramref name="directory"/> (ids the directory lacks as they are).</summary>
    public static byte[] Write(YearReportData data, OrgDirectory? directory = null)
    {
        var names = directory ?? OrgDirectory.Empty;
        return Write(data, names.DepartmentName, names.UnitName);
    }

    private static byte[] Write(YearReportData data, Func<string, string> department, Func<string, string> unit) => XlsxStreamWriter.Write(
    [
        new SheetSpec(SummarySheet, [40, 24], ["项目 Item", "数值 Value"], SummaryRows(data)),
        new SheetSpec(FormsSheet, [38, 16, 16, 36, 16, 12, 12, 12, 10, 10, 10, 10, 10, 10, 8], FormColumns, data.Forms.Select(f => new object?[]
        {
            f.EvaluationId.ToString(), department(f.DepartmentId), unit(f.UnitId), f.ProjectName, f.Status,
            f.InitialBudget, f.FullYearBudget, f.Executed,
            f.ClaimedTotal, f.ClaimedGrade, f.ComputedTotal, f.ComputedGrade, f.FinalTotal, f.FinalGrade, f.Findings,
        })),
        new SheetSpec(
            FindingsSheet,
            [38, 16, 16, 36, 30, 8],
            ["评价ID EvaluationId", "主管部门 Department", "实施单位 Unit", "项目名称 Project", "问题代码 Code", "次数 Count"],
            data.Findings.Select(f => new object?[] { f.EvaluationId.ToString(), department(f.DepartmentId), unit(f.UnitId), f.ProjectName, f.Code, f.Count })),
        new SheetSpec(
            DepartmentsSheet,
            [20, 10, 12, 12, 12, 10, 12, 12, 12, 6, 6, 6, 6, 10, 10, 10, 10],
            [
                "主管部门 Department", "自评表数 Forms", "年初预算数 Initial", "全年预算数 Full-year", "全年执行数 Executed",
                "执行率% Rate", "平均自评 Avg claimed", "平均系统 Avg computed", "平均审定 Avg final",
                "优", "良", "中", "差", "问题数 Findings", "待领取 Open", "审核中 Claimed", "逾期 Overdue",
            ],
            data.ByDepartment.Select(d => new object?[]
            {
                department(d.Key), d.Forms, d.Budget.Initial, d.Budget.FullYear, d.Budget.Executed, d.Budget.ExecutionRate,
                d.Averages.Claimed, d.Averages.Computed, d.Averages.Final,
                Grade(d, "优"), Grade(d, "良"), Grade(d, "中"), Grade(d, "差"),
                d.FindingsByCode.Values.Sum(), d.Workload.Open, d.Workload.Claimed, d.Workload.Overdue,
            })),
        new SheetSpec(
            TargetsSheet,
            [20, 8, 8, 8, 8, 8, 6, 6, 6, 6, 10, 10, 10, 8, 8, 8, 10],
            TargetColumns,
            TargetRows(data.Targets, department)),
        new SheetSpec(
            DepartmentWideSheet,
            [38, 20, 16, 12, 12, 12, 10, 10, 10, 10, 10, 10, 8],
            DepartmentWideColumns,
            (data.DepartmentWide ?? []).Select(f => new object?[]
            {
                f.EvaluationId.ToString(), department(f.DepartmentId), f.Status, f.InitialBudget, f.FullYearBudget, f.Executed,
                f.ClaimedTotal, f.ClaimedGrade, f.ComputedTotal, f.ComputedGrade, f.FinalTotal, f.FinalGrade, f.Findings,
            })),
    ]);

    private static IEnumerable<object?[]> TargetRows(TargetYearFigures? targets, Func<string, string> department) =>
        targets is null
            ? []
            : targets.Departments.Append(targets.Total).Select(t => new object?[]
            {
                t.Key == "all" ? "合计 All" : department(t.Key), t.Declarations,
                At(t.ByStatus, "Approved"), At(t.ByStatus, "Submitted") + At(t.ByStatus, "InReview"),
                At(t.ByStatus, "RevisionRequested"), At(t.ByStatus, "Rejected"),
                At(t.ReviewGrades, "优"), At(t.ReviewGrades, "良"), At(t.ReviewGrades, "中"), At(t.ReviewGrades, "差"),
                t.Adjustments.Requested, t.Adjustments.Approved, t.Adjustments.Rejected,
                At(t.Lights, "Red"), At(t.Lights, "Yellow"), At(t.Lights, "Green"), At(t.Lights, TargetAggregation.NotReported),
            });

    private static int At(IReadOnlyDictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);

    private static List<object?[]> SummaryRows(YearReportData data)
    {
        var s = data.Summary;
        var rows = new List<object?[]>
        {
            new object?[] { "年度 Fiscal year", data.FiscalYear },
            new object?[] { "生成时间 Generated at (UTC)", data.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) },
            new object?[] { "自评表数 Forms", s.Forms },
            new object?[] { "年初预算数 Initial budget", s.Budget.Initial },
            new object?[] { "全年预算数 Full-year budget", s.Budget.FullYear },
            new object?[] { "全年执行数 Executed", s.Budget.Executed },
            new object?[] { "执行率% Execution rate", s.Budget.ExecutionRate },
            new object?[] { "平均自评得分 Average claimed", s.Averages.Claimed },
            new object?[] { "平均系统得分 Average computed", s.Averages.Computed },
            new object?[] { "平均审定得分 Average final", s.Averages.Final },
        };
        rows.AddRange(s.ByStatus.Select(kv => new object?[] { $"状态 Status: {kv.Key}", kv.Value }));
        rows.AddRange(s.FinalGrades.Select(kv => new object?[] { $"审定等级 Final grade: {kv.Key}", kv.Value }));
        rows.AddRange(s.ComputedGrades.Select(kv => new object?[] { $"系统等级 Computed grade: {kv.Key}", kv.Value }));
        rows.AddRange(s.FindingsByCode.Select(kv => new object?[] { $"问题 Finding: {kv.Key}", kv.Value }));
        return rows;
    }

    /// <summary>Final grades count for the department (the approved figures).</summary>
    private static int Grade(GroupFigures group, string grade) => group.FinalGrades.GetValueOrDefault(grade);
}
