using ClosedXML.Excel;
using PerfEval.Domain.Forms;
using static PerfEval.Domain.Export.XlsxLayout;

namespace PerfEval.Domain.Export;

/// <summary>Writes one form onto a worksheet in the official layout (<see cref="XlsxLayout"/>), merged cells included.</summary>
internal static class XlsxSheetWriter
{
    public static void Write(IXLWorksheet sheet, EvaluationForm form) =>
        Write(sheet, form.Header.FiscalYear, form.Header, form.Funds, form.Goals, form.Indicators, form.ClaimedTotal, form.ClaimedGrade);

    public static void Write(
        IXLWorksheet sheet, int? fiscalYear, FormHeader? header, FundsTable? funds, AnnualGoals? goals,
        IReadOnlyList<IndicatorRow> indicators, decimal? claimedTotal, string? claimedGrade)
    {
        WriteHeader(sheet, fiscalYear, header);
        WriteFunds(sheet, funds);
        WriteGoals(sheet, goals);
        var totalRow = WriteIndicators(sheet, indicators);
        WriteTotals(sheet, totalRow, funds, indicators, claimedTotal, claimedGrade);
        Style(sheet, totalRow + 1);
    }

    private static void WriteHeader(IXLWorksheet sheet, int? fiscalYear, FormHeader? header)
    {
        Text(sheet.Cell(TitleRow, 1), Title);
        Merge(sheet, TitleRow, 1, TitleRow, Columns).Style.Font.SetBold().Font.SetFontSize(16);
        Text(sheet.Cell(YearRow, 1), YearText(fiscalYear));
        Merge(sheet, YearRow, 1, YearRow, Columns);

        Label(sheet.Cell(ProjectRow, 1), "项目名称");
        Text(sheet.Cell(ProjectRow, 2), header?.ProjectName ?? "");
        Merge(sheet, ProjectRow, 2, ProjectRow, Columns);

        Label(sheet.Cell(DepartmentRow, 1), "主管部门");
        Text(sheet.Cell(DepartmentRow, 2), header?.CompetentDepartment ?? "");
        Merge(sheet, DepartmentRow, 2, DepartmentRow, UnitLabelColumn - 1);
        Label(sheet.Cell(DepartmentRow, UnitLabelColumn), "实施单位");
        Text(sheet.Cell(DepartmentRow, UnitValueColumn), header?.ImplementingUnit ?? "");
        Merge(sheet, DepartmentRow, UnitValueColumn, DepartmentRow, Columns);
    }

    private static void WriteFunds(IXLWorksheet sheet, FundsTable? funds)
    {
        Label(sheet.Cell(FundsHeaderRow, 1), FundsLabel);
        Merge(sheet, FundsHeaderRow, 1, FundsOtherRow, 1);
        for (var column = FundsLabelColumn; column <= Columns; column++)
        {
            Label(sheet.Cell(FundsHeaderRow, column), FundsHeader[column - 1]);
        }

        FundsRow?[] rows = [funds?.Total, funds?.CurrentAppropriation, funds?.CarryOver, funds?.Other];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = FundsTotalRow + i;
            Label(sheet.Cell(row, FundsLabelColumn), FundsRowLabels[i]);
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
    private static int WriteIndicators(IXLWorksheet sheet, IReadOnlyList<IndicatorRow> indicators)
    {
        for (var column = 1; column <= Columns; column++)
        {
            Label(sheet.Cell(IndicatorHeaderRow, column), IndicatorHeader[column - 1]);
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            var row = FirstIndicatorRow + i;
            var indicator = indicators[i];
            Text(sheet.Cell(row, Level1Column), indicator.Level1);
            Text(sheet.Cell(row, Level2Column), indicator.Level2);
            Text(sheet.Cell(row, NameColumn), indicator.Name);
            Text(sheet.Cell(row, TargetColumn), indicator.Target);
            Text(sheet.Cell(row, ActualColumn), indicator.Actual);
            Number(sheet.Cell(row, WeightColumn), indicator.Weight);
            Number(sheet.Cell(row, ScoreColumn), indicator.ClaimedScore);
            Text(sheet.Cell(row, ReasonColumn), indicator.DeviationReason ?? "");
            sheet.Row(row).Height = RowHeight(
                (indicator.Name, WidthOf(NameColumn, NameColumn)),
                (indicator.Target, WidthOf(TargetColumn, TargetColumn)),
                (indicator.Actual, WidthOf(ActualColumn, ActualColumn)),
                (indicator.DeviationReason ?? "", WidthOf(ReasonColumn, ReasonColumn)));
        }

        MergeRuns(sheet, indicators, i => indicators[i].Level1, Level1Column);
        MergeRuns(sheet, indicators, i => indicators[i].Level1 + "\u0001" + indicators[i].Level2, Level2Column);
        return FirstIndicatorRow + indicators.Count;
    }

    private static void MergeRuns(IXLWorksheet sheet, IReadOnlyList<IndicatorRow> indicators, Func<int, string> key, int column)
    {
        var start = 0;
        for (var i = 1; i <= indicators.Count; i++)
        {
            if (i == indicators.Count || key(i) != key(start))
            {
                if (i - start > 1)
                {
                    // The merged cell keeps the first row's value; the importer carries it down the run.
                    for (var r = start + 1; r < i; r++)
                    {
                        sheet.Cell(FirstIndicatorRow + r, column).Clear(XLClearOptions.Contents);
                    }

                    Merge(sheet, FirstIndicatorRow + start, column, FirstIndicatorRow + i - 1, column);
                }

                start = i;
            }
        }
    }

    private static void WriteTotals(IXLWorksheet sheet, int totalRow, FundsTable? funds, IReadOnlyList<IndicatorRow> indicators, decimal? claimedTotal, string? claimedGrade)
    {
        Label(sheet.Cell(totalRow, 1), TotalLabel);
        Merge(sheet, totalRow, 1, totalRow, WeightColumn - 1);
        Number(sheet.Cell(totalRow, WeightColumn), (funds?.Weight ?? 10m) + indicators.Sum(i => i.Weight));
        Number(sheet.Cell(totalRow, ScoreColumn), claimedTotal);

        var gradeRow = totalRow + 1;
        Label(sheet.Cell(gradeRow, 1), GradeLabel);
        Merge(sheet, gradeRow, 1, gradeRow, WeightColumn - 1);
        Text(sheet.Cell(gradeRow, GradeColumn), claimedGrade ?? "");
        Merge(sheet, gradeRow, GradeColumn, gradeRow, Columns);
    }

    private static void Style(IXLWorksheet sheet, int lastRow)
    {
        for (var column = 1; column <= Columns; column++)
        {
            sheet.Column(column).Width = ColumnWidths[column - 1];
        }

        var table = sheet.Range(ProjectRow, 1, lastRow, Columns).Style;
        table.Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        table.Border.SetInsideBorder(XLBorderStyleValues.Thin);
        table.Alignment.SetWrapText(true);
        table.Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        sheet.Range(TitleRow, 1, YearRow, Columns).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        sheet.Range(GoalsTextRow, 1, GoalsTextRow, Columns).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        sheet.Range(FundsCurrentRow, FundsWeightColumn, FundsOtherRow, FundsScoreColumn).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        // Printed as the official form: one page wide, landscape A4.
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

    private static double WidthOf(int firstColumn, int lastColumn) =>
        ColumnWidths.Skip(firstColumn - 1).Take(lastColumn - firstColumn + 1).Sum();

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
