namespace PerfEval.Domain.Export;

/// <summary>
/// Where each cell of the official layout of 项目支出绩效目标申报表 sits on a worksheet: the one description shared by
/// the exporter, the template and the importer. Columns A–F; the indicator rows start at row 11 and end at the
/// 预算执行率分值 row.
/// </summary>
public static class TargetXlsxLayout
{
    public const int Columns = 6;

    public const string Title = "项目支出绩效目标申报表";

    /// <summary>What the title must contain for a worksheet to be read as a declaration.</summary>
    public const string TitleMark = "绩效目标申报表";

    public const int TitleRow = 1;
    public const int YearRow = 2;
    public const int ProjectRow = 3;
    public const int DepartmentRow = 4;

    /// <summary>Column of 实施单位's label on the department row, and of its value.</summary>
    public const int UnitLabelColumn = 4;
    public const int UnitValueColumn = 5;

    /// <summary>项目资金（万元）: A holds the merged label, B each row's label, C its amount.</summary>
    public const int FundsTotalRow = 5;
    public const int FundsCurrentRow = 6;
    public const int FundsCarryOverRow = 7;
    public const int FundsOtherRow = 8;
    public const int FundsLabelColumn = 2;
    public const int FundsValueColumn = 3;

    public const int GoalsRow = 9;
    public const int GoalsColumn = 2;

    public const int IndicatorHeaderRow = 10;
    public const int FirstIndicatorRow = 11;
    public const int Level1Column = 1;
    public const int Level2Column = 2;
    public const int NameColumn = 3;
    public const int TargetColumn = 4;
    public const int WeightColumn = 5;
    public const int ScoringMethodColumn = 6;

    /// <summary>The row after the indicators: its label over A–D, the weight of budget execution under 分值.</summary>
    public const string ExecutionWeightLabel = "预算执行率分值";

    public static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "评分方法"];

    /// <summary>Column widths in characters. Set explicitly: AdjustToContents needs fonts that Linux hosts lack.</summary>
    public static readonly double[] ColumnWidths = [12, 18, 30, 22, 9, 36];

    /// <summary>The row of 预算执行率分值 for a declaration with <paramref name="indicators"/> rows.</summary>
    public static int ExecutionWeightRow(int indicators) => FirstIndicatorRow + indicators;

    public static double WidthOf(int firstColumn, int lastColumn) =>
        ColumnWidths.Skip(firstColumn - 1).Take(lastColumn - firstColumn + 1).Sum();
}
