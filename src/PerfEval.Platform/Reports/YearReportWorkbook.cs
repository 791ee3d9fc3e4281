using ClosedXML.Excel;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Reports;

/// <summary>
/// The report as an .xlsx workbook: 汇总 (summary), 自评表 (one row per form), 问题 (findings), 按部门 (by department).
/// Column widths are set by hand: ClosedXML's AdjustToContents needs fonts that Linux servers lack and throws there.
/// </summary>
public static class YearReportWorkbook
{
    public const string SummarySheet = "汇总 Summary";
    public const string FormsSheet = "自评表 Forms";
    public const string FindingsSheet = "问题 Findings";
    public const string DepartmentsSheet = "按部门 By department";

    public static readonly string[] FormColumns =
    [
        "评价ID EvaluationId", "主管部门 Department", "实施单位 Unit", "项目名称 Project", "状态 Status",
        "年初预算数 Initial", "全年预算数 Full-year", "全年执行数 Executed",
        "自评得分 Claimed", "自评等级 Claimed grade", "系统得分 Computed", "系统等级 Computed grade",
        "审定得分 Final", "审定等级 Final grade", "问题数 Findings",
    ];

    public static byte[] Write(YearReportData data)
    {
        using var workbook = new XLWorkbook();
        WriteSummary(workbook.AddWorksheet(SummarySheet), data);
        WriteForms(workbook.AddWorksheet(FormsSheet), data.Forms);
        WriteFindings(workbook.AddWorksheet(FindingsSheet), data.Findings);
        WriteDepartments(workbook.AddWorksheet(DepartmentsSheet), data.ByDepartment);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteSummary(IXLWorksheet sheet, YearReportData data)
    {
        var s = data.Summary;
        var rows = new List<(string, object?)>
        {
            ("年度 Fiscal year", data.FiscalYear),
            ("生成时间 Generated at (UTC)", data.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss")),
            ("自评表数 Forms", s.Forms),
            ("年初预算数 Initial budget", s.Budget.Initial),
            ("全年预算数 Full-year budget", s.Budget.FullYear),
            ("全年执行数 Executed", s.Budget.Executed),
            ("执行率% Execution rate", s.Budget.ExecutionRate),
            ("平均自评得分 Average claimed", s.Averages.Claimed),
            ("平均系统得分 Average computed", s.Averages.Computed),
            ("平均审定得分 Average final", s.Averages.Final),
        };
        rows.AddRange(s.ByStatus.Select(kv => ($"状态 Status: {kv.Key}", (object?)kv.Value)));
        rows.AddRange(s.FinalGrades.Select(kv => ($"审定等级 Final grade: {kv.Key}", (object?)kv.Value)));
        rows.AddRange(s.ComputedGrades.Select(kv => ($"系统等级 Computed grade: {kv.Key}", (object?)kv.Value)));
        rows.AddRange(s.FindingsByCode.Select(kv => ($"问题 Finding: {kv.Key}", (object?)kv.Value)));

        sheet.Cell(1, 1).SetValue("项目 Item");
        sheet.Cell(1, 2).SetValue("数值 Value");
        for (var i = 0; i < rows.Count; i++)
        {
            sheet.Cell(i + 2, 1).SetValue(rows[i].Item1);
            Set(sheet.Cell(i + 2, 2), rows[i].Item2);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Column(1).Width = 40;
        sheet.Column(2).Width = 24;
    }

    private static void WriteForms(IXLWorksheet sheet, IReadOnlyList<YearReportFormRow> forms)
    {
        Header(sheet, FormColumns);
        for (var i = 0; i < forms.Count; i++)
        {
            var f = forms[i];
            var row = i + 2;
            object?[] values =
            [
                f.EvaluationId.ToString(), f.DepartmentId, f.UnitId, f.ProjectName, f.Status,
                f.InitialBudget, f.FullYearBudget, f.Executed,
                f.ClaimedTotal, f.ClaimedGrade, f.ComputedTotal, f.ComputedGrade, f.FinalTotal, f.FinalGrade, f.Findings,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                Set(sheet.Cell(row, c + 1), values[c]);
            }
        }

        Widths(sheet, [38, 16, 16, 36, 16, 12, 12, 12, 10, 10, 10, 10, 10, 10, 8]);
    }

    private static void WriteFindings(IXLWorksheet sheet, IReadOnlyList<YearReportFindingRow> findings)
    {
        Header(sheet, ["评价ID EvaluationId", "主管部门 Department", "实施单位 Unit", "项目名称 Project", "问题代码 Code", "次数 Count"]);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            object?[] values = [f.EvaluationId.ToString(), f.DepartmentId, f.UnitId, f.ProjectName, f.Code, f.Count];
            for (var c = 0; c < values.Length; c++)
            {
                Set(sheet.Cell(i + 2, c + 1), values[c]);
            }
        }

        Widths(sheet, [38, 16, 16, 36, 30, 8]);
    }

    private static void WriteDepartments(IXLWorksheet sheet, IReadOnlyList<GroupFigures> departments)
    {
        Header(sheet,
        [
            "主管部门 Department", "自评表数 Forms", "年初预算数 Initial", "全年预算数 Full-year", "全年执行数 Executed",
            "执行率% Rate", "平均自评 Avg claimed", "平均系统 Avg computed", "平均审定 Avg final",
            "优", "良", "中", "差", "问题数 Findings", "待领取 Open", "审核中 Claimed", "逾期 Overdue",
        ]);
        for (var i = 0; i < departments.Count; i++)
        {
            var d = departments[i];
            object?[] values =
            [
                d.Key, d.Forms, d.Budget.Initial, d.Budget.FullYear, d.Budget.Executed, d.Budget.ExecutionRate,
                d.Averages.Claimed, d.Averages.Computed, d.Averages.Final,
                Grade(d, "优"), Grade(d, "良"), Grade(d, "中"), Grade(d, "差"),
                d.FindingsByCode.Values.Sum(), d.Workload.Open, d.Workload.Claimed, d.Workload.Overdue,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                Set(sheet.Cell(i + 2, c + 1), values[c]);
            }
        }

        Widths(sheet, [20, 10, 12, 12, 12, 10, 12, 12, 12, 6, 6, 6, 6, 10, 10, 10, 10]);
    }

    /// <summary>Final grades count for the department (the approved figures).</summary>
    private static int Grade(GroupFigures group, string grade) => group.FinalGrades.GetValueOrDefault(grade);

    private static void Header(IXLWorksheet sheet, IReadOnlyList<string> titles)
    {
        for (var c = 0; c < titles.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(titles[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
    }

    private static void Widths(IXLWorksheet sheet, IReadOnlyList<double> widths)
    {
        for (var c = 0; c < widths.Count; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }
    }

    /// <summary>Numbers as numbers (so the sheet can sum them), text as text, blanks for missing figures.</summary>
    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case decimal d:
                cell.SetValue(d);
                break;
            case int n:
                cell.SetValue(n);
                break;
            default:
                cell.SetValue(value.ToString());
                break;
        }
    }
}
