using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Export;

/// <summary>
/// Where each cell of the official layout of 财政项目支出绩效自评表 sits on a worksheet: the one description shared by
/// the exporter, the template and the importer. Columns A–H; the indicator rows start at row 13.
/// </summary>
public static class XlsxLayout
{
    public const int Columns = 8;

    public const string Title = "财政项目支出绩效自评表";

    /// <summary>
    /// The department-wide form's title (部门整体支出绩效自评表): the same rows and columns, its funds table labelled
    /// 年度预算执行情况, and the department's figures in a 部门基本数据 block under the grade.
    /// </summary>
    public const string DepartmentWideTitle = "部门整体支出绩效自评表";

    public static string TitleOf(FormKind kind) => kind == FormKind.DepartmentWide ? DepartmentWideTitle : Title;

    /// <summary>The kind of form a worksheet's title names: the department-wide form by its title, any other a project's.</summary>
    public static FormKind KindOf(string title) =>
        title.Contains("整体支出", StringComparison.Ordinal) ? FormKind.DepartmentWide : FormKind.Project;
    public const int TitleRow = 1;
    public const int YearRow = 2;
    public const int ProjectRow = 3;
    public const int DepartmentRow = 4;

    /// <summary>Column of 实施单位's label on the department row, and of its value.</summary>
    public const int UnitLabelColumn = 5;
    public const int UnitValueColumn = 6;

    public const int FundsHeaderRow = 5;
    public const int FundsTotalRow = 6;
    public const int FundsCurrentRow = 7;
    public const int FundsCarryOverRow = 8;
    public const int FundsOtherRow = 9;

    /// <summary>Columns of the funds table: B is the row's label, C–H its figures.</summary>
    public const int FundsLabelColumn = 2;
    public const int InitialBudgetColumn = 3;
    public const int FullYearBudgetColumn = 4;
    public const int ExecutedColumn = 5;
    public const int FundsWeightColumn = 6;
    public const int RateColumn = 7;
    public const int FundsScoreColumn = 8;

    public const int GoalsHeaderRow = 10;
    public const int GoalsTextRow = 11;
    public const int ExpectedGoalColumn = 2;
    public const int ActualGoalColumn = 5;

    public const int IndicatorHeaderRow = 12;
    public const int FirstIndicatorRow = 13;
    public const int Level1Column = 1;
    public const int Level2Column = 2;
    public const int NameColumn = 3;
    public const int TargetColumn = 4;
    public const int ActualColumn = 5;
    public const int WeightColumn = 6;
    public const int ScoreColumn = 7;
    public const int ReasonColumn = 8;

    /// <summary>On the 总分 row, the weights' total sits under 分值 and the total under 得分; the grade under 分值 one row below.</summary>
    public const string TotalLabel = "总分";
    public const string GradeLabel = "评分等级";
    public const int GradeColumn = 6;

    public const string FundsLabel = "项目资金（万元）";
    public const string DepartmentFundsLabel = "年度预算执行情况（万元）";

    public static string FundsLabelOf(FormKind kind) => kind == FormKind.DepartmentWide ? DepartmentFundsLabel : FundsLabel;

    /// <summary>The department's figures: the block's label two rows under 总分 (under the grade), then two rows of three label and figure pairs.</summary>
    public const string DepartmentBlockLabel = "部门基本数据";
    public const int DepartmentBlockOffset = 2;

    /// <summary>Label columns of the pairs on each row of the block; the figure is in the next column.</summary>
    public static readonly int[] DepartmentLabelColumns = [1, 3, 5];

    /// <summary>The block's labels, row by row, in the order of <see cref="DepartmentLabelColumns"/>.</summary>
    public static readonly string[][] DepartmentLabels =
    [
        ["编制数（人）", "在职人员数（人）", "重点项目支出（万元）"],
        ["本年度“三公”经费（万元）", "上年度“三公”经费（万元）", "项目支出合计（万元）"],
    ];

    /// <summary>The department's figures in the order of <see cref="DepartmentLabels"/>.</summary>
    public static decimal?[][] DepartmentFigures(DepartmentFacts? facts) =>
    [
        [facts?.AuthorizedStaff, facts?.ActualStaff, facts?.KeyExpenditure],
        [facts?.ThreePublicCurrent, facts?.ThreePublicPrevious, facts?.ProjectExpenditure],
    ];
    public const string GoalsLabel = "年度总体目标";

    public static readonly string[] FundsHeader = ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"];

    public static readonly string[] FundsRowLabels = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"];

    public static readonly string[] IndicatorHeader =
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    /// <summary>Column widths in characters. Set explicitly: AdjustToContents needs fonts that Linux hosts lack.</summary>
    public static readonly double[] ColumnWidths = [12, 16, 30, 18, 18, 9, 11, 34];

    /// <summary>A worksheet of instructions in the template; the importer skips it.</summary>
    public const string InstructionsSheet = "填表说明";

    public static string YearText(int? fiscalYear) => fiscalYear is { } year ? $"（{year}年度）" : "（    年度）";

    public static string ColumnLetter(int column) => ((char)('A' + column - 1)).ToString();

    public static string Address(string sheet, int row, int column) => $"{sheet}!{ColumnLetter(column)}{row}";
}
