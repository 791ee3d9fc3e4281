using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Scoring.Common;

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

    private static readonly string[] DepartmentWideInstructions =
    [
        "1. 部门整体支出绩效自评表：每个部门每年一张；项目名称固定为“部门整体支出”，主管部门和实施单位均填本部门。 The department-wide form: one per department and year; the project is 部门整体支出, 主管部门 and 实施单位 are both the department.",
        "2. 金额单位为万元；分值与得分填写数字。 Amounts in 万元 (10,000 yuan); weights and scores as numbers.",
        "3. 部门基本数据填写编制数、在职人员数、本年度和上年度“三公”经费、重点项目支出、项目支出合计；在职人员控制率、“三公”经费变动率、重点支出安排率按这些数据计算。 Fill in the department's figures; the three common indicators are scored from them.",
        "4. 三个共性指标（投入指标—预算配置）已列出，请填写年度指标值、实际完成值、分值和得分；其他行填写部门自己的指标。 The three common indicators are listed: fill in their targets, actuals, weights and scores; the other rows are for the department's own indicators.",
        "5. 得分低于分值时须填写偏差原因分析及改进措施。 A score below the weight needs a deviation reason.",
        "6. 需要更多指标行时插入整行；未使用的空行导入时忽略。只填了指标名称的表按未评分草稿导入。 Insert whole rows for more indicators; empty rows are ignored; a sheet with only the indicators' names imports as an unscored draft.",
    ];

    /// <summary>The project form's blank template.</summary>
    public static void Write(Stream output, int? fiscalYear = null) => Write(output, fiscalYear, FormKind.Project);

    /// <summary>
    /// The blank form of <paramref name="kind"/>. The department-wide one is titled 部门整体支出绩效自评表 with 部门整体支出
    /// as its project, <paramref name="department"/> (when given) as 主管部门 and 实施单位, its funds table labelled
    /// 年度预算执行情况（万元）, the three common indicators' rows under 投入指标 / 预算配置 with their names only, and the
    /// 部门基本数据 block with its labels and no figures.
    /// </summary>
    public static void Write(Stream output, int? fiscalYear, FormKind kind, string? department = null) =>
        TemplateWorkbook.Write(output, kind == FormKind.DepartmentWide ? DepartmentWideInstructions : Instructions, sheet =>
        {
            IndicatorRow Blank(string level1, string level2, string name = "") =>
                new() { Level1 = level1, Level2 = level2, Name = name, Target = "", Actual = "", Weight = 0m };
            IndicatorRow[] rows = kind == FormKind.DepartmentWide
                ? [.. CommonIndicators.All.Select(c => Blank("投入指标", "预算配置", c.Name)), .. TemplateWorkbook.SkeletonRows((l1, l2) => Blank(l1, l2))]
                : TemplateWorkbook.SkeletonRows((l1, l2) => Blank(l1, l2));
            var header = kind == FormKind.DepartmentWide
                ? new FormHeader { ProjectName = DepartmentWideFormParser.ProjectName, CompetentDepartment = department ?? "", ImplementingUnit = department ?? "", FiscalYear = fiscalYear ?? 0 }
                : null;
            XlsxSheetWriter.Write(sheet, fiscalYear, header, funds: null, goals: null, rows, claimedTotal: null, claimedGrade: null, kind);

            // The skeleton's weights, and their total on the 总分 row below them, are left blank for the unit to fill in.
            TemplateWorkbook.ClearWeights(sheet, SheetLayout.Form, rows.Length + 1);
        });

    public static byte[] ToBytes(int? fiscalYear = null) => ToBytes(fiscalYear, FormKind.Project);

    public static byte[] ToBytes(int? fiscalYear, FormKind kind, string? department = null) =>
        TemplateWorkbook.ToBytes(output => Write(output, fiscalYear, kind, department));
}
