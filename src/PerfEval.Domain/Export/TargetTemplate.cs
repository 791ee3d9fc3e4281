using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Export;

/// <summary>
/// The blank target declaration in the official layout that units fill in and import: the budget, the goals, and the
/// indicator tree with its usual level-1/level-2 headings (one empty row each, merged where the printed form merges).
/// </summary>
public static class TargetTemplate
{
    private static readonly string[] Instructions =
    [
        "1. 每个工作表填写一张绩效目标申报表；可复制工作表填写多个项目。 One worksheet per declaration; copy the sheet for more projects.",
        "2. 金额单位为万元；分值填写数字，各指标分值与预算执行率分值合计为100。 Amounts in 万元 (10,000 yuan); weights as numbers, adding up to 100 with the weight of budget execution.",
        "3. 年度指标值写比较符、数值和单位，如“≥8000(人)”；定性指标写可衡量的表述，如“按时完成”。 Targets: comparator, number, unit, e.g. ≥8000(人); qualitative targets as a measurable wording.",
        "4. 评分方法可不填。 The scoring method may be left empty.",
        "5. 需要更多指标行时插入整行；未使用的空行导入时忽略。 Insert whole rows for more indicators; empty rows are ignored on import.",
    ];

    public static void Write(Stream output, int? fiscalYear = null) =>
        TemplateWorkbook.Write(output, Instructions, sheet =>
        {
            var rows = TemplateWorkbook.SkeletonRows((level1, level2) =>
                new TargetIndicator { Level1 = level1, Level2 = level2, Name = "", Target = "", Weight = 0m });
            TargetXlsxSheetWriter.Write(sheet, fiscalYear, header: null, budget: null, goals: null, rows, executionWeight: 10m);

            // The skeleton's weights are left blank for the unit to fill in.
            TemplateWorkbook.ClearWeights(sheet, SheetLayout.Target, rows.Length);
        });

    public static byte[] ToBytes(int? fiscalYear = null) => TemplateWorkbook.ToBytes(output => Write(output, fiscalYear));
}
