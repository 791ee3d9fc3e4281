using ClosedXML.Excel;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;
using static PerfEval.Domain.Export.TargetXlsxLayout;
using static PerfEval.Domain.Export.XlsxSheetWriter;

namespace PerfEval.Domain.Export;

/// <summary>
/// Writes one target declaration onto a worksheet in the official layout (<see cref="TargetXlsxLayout"/>), merged
/// cells included.
/// </summary>
internal static class TargetXlsxSheetWriter
{
    public static void Write(IXLWorksheet sheet, TargetContent content) =>
        Write(sheet, content.Header.FiscalYear, content.Header, content.Budget, content.Goals, content.Indicators, content.ExecutionWeight);

    public static void Write(
        IXLWorksheet sheet, int? fiscalYear, FormHeader? header, TargetBudget? budget, string? goals,
        IReadOnlyList<TargetIndicator> indicators, decimal? executionWeight)
    {
        WriteHeader(sheet, fiscalYear, header);
        WriteBudget(sheet, budget);
        WriteGoals(sheet, goals ?? "");
        var executionRow = WriteIndicators(sheet, indicators);
        Label(sheet.Cell(executionRow, 1), ExecutionWeightLabel);
        Merge(sheet, executionRow, 1, executionRow, WeightColumn - 1);
        Number(sheet.Cell(executionRow, WeightColumn), executionWeight);
        Style(sheet, executionRow);
    }

    private static void WriteHeader(IXLWorksheet sheet, int? fiscalYear, FormHeader? header)
    {
        Text(sheet.Cell(TitleRow, 1), Title);
        Merge(sheet, TitleRow, 1, TitleRow, Columns).Style.Font.SetBold().Font.SetFontSize(16);
        Text(sheet.Cell(YearRow, 1), XlsxLayout.YearText(fiscalYear));
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

    private static void WriteBudget(IXLWorksheet sheet, TargetBudget? budget)
    {
        Label(sheet.Cell(FundsTotalRow, 1), XlsxLayout.FundsLabel);
        Merge(sheet, FundsTotalRow, 1, FundsOtherRow, 1);
        decimal?[] amounts = [budget?.Total, budget?.CurrentAppropriation, budget?.CarryOver, budget?.Other];
        for (var i = 0; i < amounts.Length; i++)
        {
            var row = FundsTotalRow + i;
            Label(sheet.Cell(row, FundsLabelColumn), XlsxLayout.FundsRowLabels[i]);
            Number(sheet.Cell(row, FundsValueColumn), amounts[i]);
            Merge(sheet, row, FundsValueColumn, row, Columns);
        }
    }

    private static void WriteGoals(IXLWorksheet sheet, string goals)
    {
        Label(sheet.Cell(GoalsRow, 1), XlsxLayout.GoalsLabel);
        Text(sheet.Cell(GoalsRow, GoalsColumn), goals);
        Merge(sheet, GoalsRow, GoalsColumn, GoalsRow, Columns);
        sheet.Row(GoalsRow).Height = Math.Max(90, RowHeight((goals, WidthOf(GoalsColumn, Columns))));
    }

    /// <summary>Writes the rows and merges each run of equal level-1 and level-2 cells; returns the 预算执行率分值 row.</summary>
    private static int WriteIndicators(IXLWorksheet sheet, IReadOnlyList<TargetIndicator> indicators)
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
            Number(sheet.Cell(row, WeightColumn), indicator.Weight);
            Text(sheet.Cell(row, ScoringMethodColumn), indicator.ScoringMethod ?? "");
            sheet.Row(row).Height = RowHeight(
                (indicator.Name, WidthOf(NameColumn, NameColumn)),
                (indicator.Target, WidthOf(TargetColumn, TargetColumn)),
                (indicator.ScoringMethod ?? "", WidthOf(ScoringMethodColumn, ScoringMethodColumn)));
        }

        MergeRuns(sheet, indicators, i => indicators[i].Level1, Level1Column);
        MergeRuns(sheet, indicators, i => indicators[i].Level1 + "\u0001" + indicators[i].Level2, Level2Column);
        return ExecutionWeightRow(indicators.Count);
    }

    private static void MergeRuns(IXLWorksheet sheet, IReadOnlyList<TargetIndicator> indicators, Func<int, string> key, int column)
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
        sheet.Range(GoalsRow, GoalsColumn, GoalsRow, Columns).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);

        // Printed as the official form: one page wide, landscape A4.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.CenterHorizontally = true;
    }
}
