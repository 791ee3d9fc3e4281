using ClosedXML.Excel;
using PerfEval.Domain.Forms;
using static PerfEval.Domain.Export.XlsxLayout;

namespace PerfEval.Domain.Export;

/// <summary>Writes one form onto a worksheet in the official layout (<see cref="XlsxLayout"/>), merged cells included.</summary>
internal static class XlsxSheetWriter
{
    public static void Write(IXLWorksheet sheet, EvaluationForm form) =>
        Write(sheet, form.Header.FiscalYear, form.Header, form.Funds, form.Goals, form.Indicators, form.ClaimedTotal, form.ClaimedGrade, form.Kind, form.Department);

    /// <summary>
    /// The form; a department-wide one under its own title, its funds table labelled 年度预算执行情况, and its
    /// department's figures in the 部门基本数据 block under the grade.
    /// </summary>
    public static void Write(
        IXLWorksheet sheet, int? fiscalYear, FormHeader? header, FundsTable? funds, AnnualGoals? goals,
        IReadOnlyList<IndicatorRow> indicators, decimal? claimedTotal, string? claimedGrade,
        FormKind kind = FormKind.Project, DepartmentFacts? department = null)
    {
        WriteHeader(sheet, SheetLayout.Form with { Title = TitleOf(kind) }, fiscalYear, header);
        WriteFunds(sheet, funds, FundsLabelOf(kind));
        WriteGoals(sheet, goals);
        var totalRow = WriteIndicators(sheet, indicators);
        WriteTotals(sheet, totalRow, funds, indicators, claimedTotal, claimedGrade);
        var lastRow = totalRow + 1;
        if (kind == FormKind.DepartmentWide)
        {
            lastRow = WriteDepartment(sheet, totalRow + DepartmentBlockOffset, department);
        }

        Style(sheet, lastRow);
    }

    /// <summary>部门基本数据: its label over the row, then the figures in label and figure pairs; returns the block's last row.</summary>
    private static int WriteDepartment(IXLWorksheet sheet, int blockRow, DepartmentFacts? department)
    {
        Label(sheet.Cell(blockRow, 1), DepartmentBlockLabel);
        Merge(sheet, blockRow, 1, blockRow, Columns);
        var figures = DepartmentFigures(department);
        for (var r = 0; r < DepartmentLabels.Length; r++)
        {
            var row = blockRow + 1 + r;
            for (var p = 0; p < DepartmentLabelColumns.Length; p++)
            {
                Label(sheet.Cell(row, DepartmentLabelColumns[p]), DepartmentLabels[r][p]);
                Number(sheet.Cell(row, DepartmentLabelColumns[p] + 1), figures[r][p]);
            }

            Merge(sheet, row, DepartmentLabelColumns[^1] + 1, row, Columns);
            sheet.Row(row).Height = 30;
        }

        return blockRow + DepartmentLabels.Length;
    }

    /// <summary>The title, the fiscal year under it, and the rows of 项目名称, 主管部门 and 实施单位.</summary>
    internal static void WriteHeader(IXLWorksheet sheet, SheetLayout layout, int? fiscalYear, FormHeader? header)
    {
        Text(sheet.Cell(layout.TitleRow, 1), layout.Title);
        Merge(sheet, layout.TitleRow, 1, layout.TitleRow, layout.Columns).Style.Font.SetBold().Font.SetFontSize(16);
        Text(sheet.Cell(layout.YearRow, 1), YearText(fiscalYear));
        Merge(sheet, layout.YearRow, 1, layout.YearRow, layout.Columns);

        Label(sheet.Cell(layout.ProjectRow, 1), "项目名称");
        Text(sheet.Cell(layout.ProjectRow, 2), header?.ProjectName ?? "");
        Merge(sheet, layout.ProjectRow, 2, layout.ProjectRow, layout.Columns);

        Label(sheet.Cell(layout.DepartmentRow, 1), "主管部门");
        Text(sheet.Cell(layout.DepartmentRow, 2), header?.CompetentDepartment ?? "");
        Merge(sheet, layout.DepartmentRow, 2, layout.DepartmentRow, layout.UnitLabelColumn - 1);
        Label(sheet.Cell(layout.DepartmentRow, layout.UnitLabelColumn), "实施单位");
        Text(sheet.Cell(layout.DepartmentRow, layout.UnitValueColumn), header?.ImplementingUnit ?? "");
        Merge(sheet, layout.DepartmentRow, layout.UnitValueColumn, layout.DepartmentRow, layout.Columns);
    }

    private static void WriteFunds(IXLWorksheet sheet, FundsTable? funds, string label)
    {
        FundsRow?[] rows = [funds?.Total, funds?.CurrentAppropriation, funds?.CarryOver, funds?.Other];
        WriteFundsTable(sheet, FundsHeaderRow, FundsTotalRow, Columns, FundsHeader, label: label, writeFigures: (row, i) =>
        {
            Number(sheet.Cell(row, InitialBudgetColumn), rows[i]?.InitialBudget);
            Number(sheet.Cell(row, FullYearBudgetColumn), rows[i]?.FullYearBudget);
            Number(sheet.Cell(row, ExecutedColumn), rows[i]?.Executed);
            Number(sheet.Cell(row, RateColumn), rows[i]?.ClaimedRate);
            if (i == 0)
            {
                Number(sheet.Cell(row, FundsWeightColumn), funds?.Weight ?? 10m);
                Number(sheet.Cell(row, FundsScoreColumn), funds?.ClaimedScore);
            }
            else
            {
                // Only the total row carries weight and score (docs/domain-rules.md#funds).
                Text(sheet.Cell(row, FundsWeightColumn), "-");
                Text(sheet.Cell(row, FundsScoreColumn), "-");
            }
        });
    }

    /// <summary>
    /// 项目资金: its label merged down column A from <paramref name="labelRow"/> to the last funds row, the column
    /// headers beside it where the layout has them, then each funds row's label in B and the figures that
    /// <paramref name="writeFigures"/> writes on the row.
    /// </summary>
    internal static void WriteFundsTable(
        IXLWorksheet sheet, int labelRow, int firstRow, int columns, IReadOnlyList<string>? header, Action<int, int> writeFigures, string label = FundsLabel)
    {
        Label(sheet.Cell(labelRow, 1), label);
        Merge(sheet, labelRow, 1, firstRow + FundsRowLabels.Length - 1, 1);
        if (header is not null)
        {
            for (var column = FundsLabelColumn; column <= columns; column++)
            {
                Label(sheet.Cell(labelRow, column), header[column - 1]);
            }
        }

        for (var i = 0; i < FundsRowLabels.Length; i++)
        {
            var row = firstRow + i;
            Label(sheet.Cell(row, FundsLabelColumn), FundsRowLabels[i]);
            writeFigures(row, i);
        }
    }

    private static void WriteGoals(IXLWorksheet sheet, AnnualGoals? goals)
    {
        Label(sheet.Cell(GoalsHeaderRow, 1), GoalsLabel);
        Merge(sheet, GoalsHeaderRow, 1, GoalsTextRow, 1);
        Label(sheet.Cell(GoalsHeaderRow, ExpectedGoalColumn), "预期目标");
        Merge(sheet, GoalsHeaderRow, ExpectedGoalColumn, GoalsHeaderRow, ActualGoalColumn - 1);
        Label(sheet.Cell(GoalsHeaderRow, ActualGoalColumn), "实际完成情况");
        Merge(sheet, GoalsHeaderRow, ActualGoalColumn, GoalsHeaderRow, Columns);

        Text(sheet.Cell(GoalsTextRow, ExpectedGoalColumn), goals?.Expected ?? "");
        Merge(sheet, GoalsTextRow, ExpectedGoalColumn, GoalsTextRow, ActualGoalColumn - 1);
        Text(sheet.Cell(GoalsTextRow, ActualGoalColumn), goals?.Actual ?? "");
        Merge(sheet, GoalsTextRow, ActualGoalColumn, GoalsTextRow, Columns);
        sheet.Row(GoalsTextRow).Height = Math.Max(120, RowHeight(
            (goals?.Expected ?? "", WidthOf(ExpectedGoalColumn, ActualGoalColumn - 1)),
            (goals?.Actual ?? "", WidthOf(ActualGoalColumn, Columns))));
    }

    /// <summary>Writes the rows and merges each run of equal level-1 and level-2 cells, as the printed form does; returns the 总分 row.</summary>
    private static int WriteIndicators(IXLWorksheet sheet, IReadOnlyList<IndicatorRow> indicators) =>
        WriteIndicatorTable(sheet, SheetLayout.Form, indicators, i => new(i.Level1, i.Level2, i.Name, i.Target), (row, indicator) =>
        {
            Text(sheet.Cell(row, ActualColumn), indicator.Actual);
            Number(sheet.Cell(row, WeightColumn), indicator.Weight);
            Number(sheet.Cell(row, ScoreColumn), indicator.ClaimedScore);
            Text(sheet.Cell(row, ReasonColumn), indicator.DeviationReason ?? "");
            return [(indicator.Actual, WidthOf(ActualColumn, ActualColumn)), (indicator.DeviationReason ?? "", WidthOf(ReasonColumn, ReasonColumn))];
        });

    /// <summary>
    /// The indicator table: its header, then a row per indicator (its headings, name and target, then the cells that
    /// <paramref name="writeRest"/> writes, which also names the further texts the row's height must fit), with each
    /// run of equal level-1 and level-2 cells merged as the printed form does. Returns the row after the indicators.
    /// </summary>
    internal static int WriteIndicatorTable<T>(
        IXLWorksheet sheet, SheetLayout layout, IReadOnlyList<T> indicators, Func<T, IndicatorCells> cellsOf,
        Func<int, T, (string Text, double Width)[]> writeRest)
    {
        for (var column = 1; column <= layout.Columns; column++)
        {
            Label(sheet.Cell(layout.IndicatorHeaderRow, column), layout.IndicatorHeader[column - 1]);
        }

        var cells = indicators.Select(cellsOf).ToArray();
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = layout.FirstIndicatorRow + i;
            Text(sheet.Cell(row, layout.Level1Column), cells[i].Level1);
            Text(sheet.Cell(row, layout.Level2Column), cells[i].Level2);
            Text(sheet.Cell(row, layout.NameColumn), cells[i].Name);
            Text(sheet.Cell(row, layout.TargetColumn), cells[i].Target);
            var rest = writeRest(row, indicators[i]);
            sheet.Row(row).Height = RowHeight([
                (cells[i].Name, layout.WidthOf(layout.NameColumn, layout.NameColumn)),
                (cells[i].Target, layout.WidthOf(layout.TargetColumn, layout.TargetColumn)),
                .. rest]);
        }

        MergeRuns(sheet, layout, cells.Length, i => cells[i].Level1, layout.Level1Column);
        MergeRuns(sheet, layout, cells.Length, i => cells[i].Level1 + "\u0001" + cells[i].Level2, layout.Level2Column);
        return layout.FirstIndicatorRow + indicators.Count;
    }

    private static void MergeRuns(IXLWorksheet sheet, SheetLayout layout, int count, Func<int, string> key, int column)
    {
        var start = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i == count || key(i) != key(start))
            {
                if (i - start > 1)
                {
                    // The merged cell keeps the first row's value; the importer carries it down the run.
                    for (var r = start + 1; r < i; r++)
                    {
                        sheet.Cell(layout.FirstIndicatorRow + r, column).Clear(XLClearOptions.Contents);
                    }

                    Merge(sheet, layout.FirstIndicatorRow + start, column, layout.FirstIndicatorRow + i - 1, column);
                }

                start = i;
            }
        }
    }

    private static void WriteTotals(IXLWorksheet sheet, int totalRow, FundsTable? funds, IReadOnlyList<IndicatorRow> indicators, decimal? claimedTotal, string? claimedGrade)
    {
        WriteEndRow(sheet, SheetLayout.Form, totalRow, (funds?.Weight ?? 10m) + indicators.Sum(i => i.Weight));
        Number(sheet.Cell(totalRow, ScoreColumn), claimedTotal);

        var gradeRow = totalRow + 1;
        Label(sheet.Cell(gradeRow, 1), GradeLabel);
        Merge(sheet, gradeRow, 1, gradeRow, WeightColumn - 1);
        Text(sheet.Cell(gradeRow, GradeColumn), claimedGrade ?? "");
        Merge(sheet, gradeRow, GradeColumn, gradeRow, Columns);
    }

    private static void Style(IXLWorksheet sheet, int lastRow)
    {
        StyleTable(sheet, SheetLayout.Form, lastRow);
        sheet.Range(GoalsTextRow, 1, GoalsTextRow, Columns).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Range(FundsCurrentRow, FundsWeightColumn, FundsOtherRow, FundsScoreColumn).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        SetUpPrinting(sheet);
    }

    /// <summary>The row after the indicators: its label over the columns before 分值, and the figure under 分值.</summary>
    internal static void WriteEndRow(IXLWorksheet sheet, SheetLayout layout, int row, decimal? weight)
    {
        Label(sheet.Cell(row, 1), layout.EndLabel);
        Merge(sheet, row, 1, row, layout.WeightColumn - 1);
        Number(sheet.Cell(row, layout.WeightColumn), weight);
    }

    /// <summary>The column widths, thin borders and wrapped, centred text from the header rows to <paramref name="lastRow"/>, and the title centred.</summary>
    internal static void StyleTable(IXLWorksheet sheet, SheetLayout layout, int lastRow)
    {
        for (var column = 1; column <= layout.Columns; column++)
        {
            sheet.Column(column).Width = layout.ColumnWidths[column - 1];
        }

        var table = sheet.Range(layout.ProjectRow, 1, lastRow, layout.Columns).Style;
        table.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        table.Border.SetInsideBorder(XLBorderStyleValues.Thin);
        table.Alignment.SetWrapText(true);
        table.Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Range(layout.TitleRow, 1, layout.YearRow, layout.Columns).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
    }

    /// <summary>Printed as the official form: one page wide, landscape A4.</summary>
    internal static void SetUpPrinting(IXLWorksheet sheet)
    {
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.CenterHorizontally = true;
    }

    /// <summary>
    /// Row height for wrapped text, estimated from the text's width (a Chinese character takes two columns' units):
    /// AdjustToContents measures with fonts that Linux hosts lack, so the height is set here.
    /// </summary>
    internal static double RowHeight(params (string Text, double Width)[] cells)
    {
        const double LineHeight = 15;
        var lines = 1;
        foreach (var (text, width) in cells)
        {
            var units = text.Sum(c => c > 0x2E7F ? 2 : 1);
            lines = Math.Max(lines, (int)Math.Ceiling(units / Math.Max(1, width - 1)));
        }

        return lines * LineHeight;
    }

    private static double WidthOf(int firstColumn, int lastColumn) => SheetLayout.Form.WidthOf(firstColumn, lastColumn);

    internal static IXLRange Merge(IXLWorksheet sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        sheet.Range(firstRow, firstColumn, lastRow, lastColumn).Merge();

    internal static void Label(IXLCell cell, string text)
    {
        Text(cell, text);
        cell.Style.Font.SetBold();
        cell.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
    }

    /// <summary>Text is stored as text: ClosedXML would otherwise read "8000" as a number and "=100" as a formula.</summary>
    internal static void Text(IXLCell cell, string text)
    {
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }

    /// <summary>
    /// Figures are numbers in the sheet; one that a double cannot hold exactly (more than 15 significant digits, from
    /// JSON) is written as text so that the import reads back the same decimal.
    /// </summary>
    internal static void Number(IXLCell cell, decimal? value)
    {
        if (value is not { } number)
        {
            return;
        }

        if ((decimal)(double)number == number)
        {
            cell.SetValue(number);
            cell.Style.NumberFormat.Format = "0.00";
        }
        else
        {
            Text(cell, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>The texts of an indicator row that both layouts write in the same way: the headings, the name and the target.</summary>
internal readonly record struct IndicatorCells(string Level1, string Level2, string Name, string Target);
