namespace PerfEval.Domain.Export;

/// <summary>
/// Where each cell of the official layout of 财政项目支出绩效自评表 sits on a worksheet: the one description shared by
/// the exporter, the template and the importer. Columns A–H; the indicator rows start at row 13.
/// </summary>
public static class XlsxLayout
{
    public const int Columns = 8;

    public const string Title = "财政项目支出绩效自评表";
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
