using PerfEval.Domain.Verification;

namespace PerfEval.Worker.Reports;

/// <summary>
/// Re-check workpapers (复核底稿) as one .xlsx sheet, a form after another: each form's rows carry its project and unit
/// in the first columns, then its totals row (合计, with the deviation in 备注). A sample's workpaper is the same sheet
/// over its forms.
/// </summary>
public static class WorkpaperWorkbook
{
    public const string SheetName = "复核底稿";

    public static readonly string[] Columns =
    [
        "项目名称", "实施单位", "指标", "指标值", "分值", "自评完成值", "自评得分", "复核完成值", "复核得分", "偏差", "复核口径", "备注",
    ];

    public static byte[] Write(IEnumerable<Workpaper> workpapers) => XlsxStreamWriter.Write(
    [
        new SheetSpec(SheetName, [30, 16, 44, 18, 8, 18, 10, 18, 10, 8, 40, 40], Columns, workpapers.SelectMany(Rows)),
    ]);

    private static IEnumerable<object?[]> Rows(Workpaper workpaper) =>
        workpaper.Rows.Append(workpaper.Totals).Select(r => new object?[]
        {
            workpaper.ProjectName, workpaper.UnitName, r.Indicator, r.Target, r.Weight, r.SelfActual, r.SelfScore,
            r.VerifiedActual, r.VerifiedScore, r.Difference, r.Clause, r.Remark,
        });
}
