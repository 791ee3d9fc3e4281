using ClosedXML.Excel;

namespace PerfEval.Domain.BudgetAdvice;

/// <summary>
/// The year's advice list as .xlsx for the budget division: names, not ids; the computed advice beside the one in force
/// and the override's reason; fixed column widths.
/// </summary>
public static class BudgetAdviceWorkbook
{
    public static readonly string[] Headers =
    [
        "序号", "主管部门", "实施单位", "项目名称", "全年预算数（万元）", "审定得分", "审定等级", "复核偏离度", "整改情况",
        "系统建议", "预算安排建议", "调整理由", "参考预算（万元）", "建议依据",
    ];

    private static readonly double[] Widths = [6, 22, 24, 30, 14, 10, 10, 12, 12, 14, 16, 30, 14, 48];

    public static byte[] ToBytes(int year, IReadOnlyList<BudgetAdviceRow> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("预算安排建议");
        sheet.Cell(1, 1).Value = $"{year} 年度绩效自评结果应用——{year + 1} 年度预算安排建议";
        sheet.Range(1, 1, 1, Headers.Length).Merge().Style.Font.SetBold().Font.SetFontSize(14)
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(2, c + 1).Value = Headers[c];
            sheet.Column(c + 1).Width = Widths[c];
        }

        sheet.Range(2, 1, 2, Headers.Length).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.FromHtml("#F2F2F2"))
            .Alignment.SetWrapText();
        for (var i = 0; i < rows.Count; i++)
        {
            Write(sheet.Row(i + 3), i + 1, rows[i]);
        }

        var table = sheet.Range(2, 1, Math.Max(2, rows.Count + 2), Headers.Length);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin)
            .Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Column(12).Style.Alignment.SetWrapText();
        sheet.Column(14).Style.Alignment.SetWrapText();
        sheet.SheetView.FreezeRows(2);

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        return buffer.ToArray();
    }

    private static void Write(IXLRow row, int number, BudgetAdviceRow r)
    {
        row.Cell(1).Value = number;
        row.Cell(2).Value = r.DepartmentName;
        row.Cell(3).Value = r.UnitName;
        row.Cell(4).Value = r.ProjectName;
        Number(row.Cell(5), r.Budget, "0.00");
        Number(row.Cell(6), r.FinalTotal, "0.00");
        row.Cell(7).Value = r.FinalGrade ?? "";
        Number(row.Cell(8), r.Deviation, "0.00%");
        row.Cell(9).Value = BudgetAdviceList.RectificationZh(r.Rectification);
        row.Cell(10).Value = r.Computed.Label;
        row.Cell(11).Value = r.AdviceLabel;
        row.Cell(12).Value = r.Override is { } o ? $"{o.Reason}（{o.ManagerName}）" : "";
        Number(row.Cell(13), r.ReferenceAmount, "0.00");
        row.Cell(14).Value = string.Join("；", r.Computed.Reasons);
    }

    private static void Number(IXLCell cell, decimal? value, string format)
    {
        if (value is { } v)
        {
            cell.Value = v;
            cell.Style.NumberFormat.Format = format;
        }
    }
}
