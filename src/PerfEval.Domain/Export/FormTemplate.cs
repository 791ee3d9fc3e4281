using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Export;

/// <summary>
/// The blank form in the official layout that units fill in and import: the funds table, the goals, and the
/// indicator tree with its usual level-1/level-2 headings (one empty row each, merged where the printed form merges).
/// </summary>
public static class FormTemplate
{
    private static readonly string[] Instructions =
    [
        "1. 每个工作表填写一张自评表；可复制工作表填写多个项目。 One worksheet per form; copy the sheet for more projects.",
        "2. 金额单位为万元；分值与得分填写数字。 Amounts in 万元 (10,000 yuan); weights and scores as numbers.",
        "3. 年度指标值写比较符、数值和单位，如“≥8000(人)”；定性指标写关键词，如“及时”。 Targets: comparator, number, unit, e.g. ≥8000(人); qualitative targets as a word such as 及时.",
        "4. 实际完成值写数值和单位，或“达成指标”“部分达成指标并具有一定效果”“未达成指标且效果较差”。 Actuals: number and unit, or one of the three tiers.",
        "5. 得分低于分值时须填写偏差原因分析及改进措施。 A score below the weight needs a deviation reason.",
        "6. 需要更多指标行时插入整行；未使用的空行导入时忽略。 Insert whole rows for more indicators; empty rows are ignored on import.",
    ];

    public static void Write(Stream output, int? fiscalYear = null) =>
        TemplateWorkbook.Write(output, Instructions, sheet =>
        {
            var rows = TemplateWorkbook.SkeletonRows((level1, level2) =>
                new IndicatorRow { Level1 = level1, Level2 = level2, Name = "", Target = "", Actual = "", Weight = 0m });
            XlsxSheetWriter.Write(sheet, fiscalYear, header: null, funds: null, goals: null, rows, claimedTotal: null, claimedGrade: null);

            // The skeleton's weights, and their total on the 总分 row below them, are left blank for the unit to fill in.
            TemplateWorkbook.ClearWeights(sheet, SheetLayout.Form, rows.Length + 1);
        });

    public static byte[] ToBytes(int? fiscalYear = null) => TemplateWorkbook.ToBytes(output => Write(output, fiscalYear));
}
