using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import;

/// <summary>
/// The layout families a form is read from (docs/domain-rules.md#import). A layout is named by its title; a title the
/// platform has no reader for is still recognised, so that its form is reported rather than passed over.
/// </summary>
public static class FormLayouts
{
    /// <summary>Shanghai's 财政项目支出绩效自评表 (the seed's): rows printed on one line, 执行率 and 得分 in the funds rows.</summary>
    public const string Shanghai = "shanghai";

    /// <summary>The central template 项目支出绩效自评表 (财预〔2020〕10号, used in Anhui, Hebei and others).</summary>
    public const string Central = "central";

    /// <summary>Sichuan's 部门预算项目支出绩效自评表 (指标性质, 度量单位 columns, 未完成原因分析).</summary>
    public const string Sichuan = "sichuan";

    /// <summary>Hubei's 财政项目绩效自评表: budget execution worth 20 (20 × rate), targets 80; scored with the hubei profile.</summary>
    public const string Hubei = "hubei";

    /// <summary>部门（单位）整体支出绩效自评表, the department-wide form, in the central template's layout and its regional copies.</summary>
    public const string DepartmentWide = "department-wide";

    /// <summary>The platform's own layouts: the official .xlsx workbook and the JSON contract.</summary>
    public const string Platform = "platform";

    /// <summary>The layouts whose forms are read.</summary>
    public static readonly IReadOnlyList<string> Read = [Shanghai, Central, Sichuan, Hubei, DepartmentWide];

    /// <summary>The kind of form a layout holds: the department-wide layout's, or a project's.</summary>
    public static FormKind KindOf(string layout) => layout == DepartmentWide ? FormKind.DepartmentWide : FormKind.Project;

    internal static string Of(FormFileFormat format) => format is FormFileFormat.Xlsx or FormFileFormat.Json ? Platform : Shanghai;
}
