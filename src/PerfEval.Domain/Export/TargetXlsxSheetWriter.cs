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
        WriteHeader(sheet, SheetLayout.Target, fiscalYear, header);
        WriteBudget(sheet, budget);
        WriteGoals(sheet, goals ?? "");
        var executionRow = WriteIndicators(sheet, indicators);
        WriteEndRow(sheet, SheetLayout.Target, executionRow, executionWeight);
        Style(sheet, executionRow);
    }

    private static void WriteBudget(IXLWorksheet sheet, TargetBudget? budget)
    {
        decimal?[] amounts = [budget?.Total, budget?.CurrentAppropriation, budget?.CarryOver, budget?.Other];
        WriteFundsTable(sheet, FundsTotalRow, FundsTotalRow, Columns, header: null, (row, i) =>
        {
            Number(sheet.Cell(row, FundsValueColumn), amounts[i]);
            Merge(sheet, row, FundsValueColumn, row, Columns);
        });
    }

    private static void WriteGoals(IXLWorksheet sheet, string goals)
    {
        Label(sheet.Cell(GoalsRow, 1), XlsxLayout.GoalsLabel);
        Text(sheet.Cell(GoalsRow, GoalsColumn), goals);
        Merge(sheet, GoalsRow, GoalsColumn, GoalsRow, Columns);
        sheet.Row(GoalsRow).Height = Math.Max(90, RowHeight((goals, WidthOf(GoalsColumn, Columns))));
    }

    /// <summary>Writes the rows and merges each run of equal level-1 and level-2 cells; returns the 预算执行率分值 row.</summary>
    private static int WriteIndicators(IXLWorksheet sheet, IReadOnlyList<TargetIndicator> indicators) =>
        WriteIndicatorTable(sheet, SheetLayout.Target, indicators, i => new(i.Level1, i.Level2, i.Name, i.Target), (row, indicator) =>
        {
            Number(sheet.Cell(row, WeightColumn), indicator.Weight);
            Text(sheet.Cell(row, ScoringMethodColumn), indicator.ScoringMethod ?? "");
            return [(indicator.ScoringMethod ?? "", WidthOf(ScoringMethodColumn, ScoringMethodColumn))];
        });

    private static void Style(IXLWorksheet sheet, int lastRow)
    {
        StyleTable(sheet, SheetLayout.Target, lastRow);
        sheet.Range(GoalsRow, GoalsColumn, GoalsRow, Columns).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        SetUpPrinting(sheet);
    }
}
