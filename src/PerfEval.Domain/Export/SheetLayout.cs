namespace PerfEval.Domain.Export;

/// <summary>
/// What the two official layouts (<see cref="XlsxLayout"/> and <see cref="TargetXlsxLayout"/>) have in common, each
/// at its own place: the title and header rows, the indicator table, the row that ends it and the column widths. The
/// writers and readers of both layouts share their code through it.
/// </summary>
internal sealed record SheetLayout
{
    /// <summary>The self-evaluation form (财政项目支出绩效自评表).</summary>
    public static SheetLayout Form { get; } = new()
    {
        Title = XlsxLayout.Title,
        Columns = XlsxLayout.Columns,
        TitleRow = XlsxLayout.TitleRow,
        YearRow = XlsxLayout.YearRow,
        ProjectRow = XlsxLayout.ProjectRow,
        DepartmentRow = XlsxLayout.DepartmentRow,
        UnitLabelColumn = XlsxLayout.UnitLabelColumn,
        UnitValueColumn = XlsxLayout.UnitValueColumn,
        IndicatorHeaderRow = XlsxLayout.IndicatorHeaderRow,
        FirstIndicatorRow = XlsxLayout.FirstIndicatorRow,
        Level1Column = XlsxLayout.Level1Column,
        Level2Column = XlsxLayout.Level2Column,
        NameColumn = XlsxLayout.NameColumn,
        TargetColumn = XlsxLayout.TargetColumn,
        WeightColumn = XlsxLayout.WeightColumn,
        IndicatorHeader = XlsxLayout.IndicatorHeader,
        ColumnWidths = XlsxLayout.ColumnWidths,
        EndLabel = XlsxLayout.TotalLabel,
        EndRowEn = $"the {XlsxLayout.TotalLabel} (total) row after the indicators",
    };

    /// <summary>The target declaration (项目支出绩效目标申报表).</summary>
    public static SheetLayout Target { get; } = new()
    {
        Title = TargetXlsxLayout.Title,
        Columns = TargetXlsxLayout.Columns,
        TitleRow = TargetXlsxLayout.TitleRow,
        YearRow = TargetXlsxLayout.YearRow,
        ProjectRow = TargetXlsxLayout.ProjectRow,
        DepartmentRow = TargetXlsxLayout.DepartmentRow,
        UnitLabelColumn = TargetXlsxLayout.UnitLabelColumn,
        UnitValueColumn = TargetXlsxLayout.UnitValueColumn,
        IndicatorHeaderRow = TargetXlsxLayout.IndicatorHeaderRow,
        FirstIndicatorRow = TargetXlsxLayout.FirstIndicatorRow,
        Level1Column = TargetXlsxLayout.Level1Column,
        Level2Column = TargetXlsxLayout.Level2Column,
        NameColumn = TargetXlsxLayout.NameColumn,
        TargetColumn = TargetXlsxLayout.TargetColumn,
        WeightColumn = TargetXlsxLayout.WeightColumn,
        IndicatorHeader = TargetXlsxLayout.IndicatorHeader,
        ColumnWidths = TargetXlsxLayout.ColumnWidths,
        EndLabel = TargetXlsxLayout.ExecutionWeightLabel,
        EndRowEn = $"the {TargetXlsxLayout.ExecutionWeightLabel} row (weight of budget execution) after the indicators",
    };

    public required string Title { get; init; }
    public required int Columns { get; init; }
    public required int TitleRow { get; init; }
    public required int YearRow { get; init; }
    public required int ProjectRow { get; init; }
    public required int DepartmentRow { get; init; }

    /// <summary>Column of 实施单位's label on the department row, and of its value.</summary>
    public required int UnitLabelColumn { get; init; }
    public required int UnitValueColumn { get; init; }

    public required int IndicatorHeaderRow { get; init; }
    public required int FirstIndicatorRow { get; init; }
    public required int Level1Column { get; init; }
    public required int Level2Column { get; init; }
    public required int NameColumn { get; init; }
    public required int TargetColumn { get; init; }
    public required int WeightColumn { get; init; }
    public required IReadOnlyList<string> IndicatorHeader { get; init; }

    /// <summary>Column widths in characters.</summary>
    public required IReadOnlyList<double> ColumnWidths { get; init; }

    /// <summary>The label in column A of the row after the indicators (总分, 预算执行率分值).</summary>
    public required string EndLabel { get; init; }

    /// <summary>That row as an import error names it when it is missing.</summary>
    public required string EndRowEn { get; init; }

    public double WidthOf(int firstColumn, int lastColumn) =>
        ColumnWidths.Skip(firstColumn - 1).Take(lastColumn - firstColumn + 1).Sum();
}
