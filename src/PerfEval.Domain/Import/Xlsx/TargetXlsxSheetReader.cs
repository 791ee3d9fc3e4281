using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Targets;
using static PerfEval.Domain.Export.TargetXlsxLayout;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Reads one worksheet in the official layout of a target declaration (<see cref="TargetXlsxLayout"/>). Every
/// bad cell is reported with its sheet, row and column; a sheet with any error yields no declaration.
/// </summary>
internal sealed class TargetXlsxSheetReader(IXLWorksheet sheet, ImportLimits limits) : XlsxCellReader(sheet, limits, SheetLayout.Target)
{
    public TargetContent? Read()
    {
        var lastRow = LastRowWithinLimit();
        if (Errors.Count > 0)
        {
            return null;
        }

        if (!Label(TitleRow, 1).Contains(TitleMark, StringComparison.Ordinal))
        {
            Error(TitleRow, 1, $"标题“{Title}”", $"the title {Title} (a target declaration)", TextAt(TitleRow, 1));
            return null;
        }

        ExpectHeaderLabels();
        ExpectLabel(FundsTotalRow, 1, XlsxLayout.FundsLabel);
        for (var i = 0; i < XlsxLayout.FundsRowLabels.Length; i++)
        {
            ExpectLabel(FundsTotalRow + i, FundsLabelColumn, XlsxLayout.FundsRowLabels[i]);
        }

        ExpectLabel(GoalsRow, 1, XlsxLayout.GoalsLabel);
        ExpectLabel(IndicatorHeaderRow, Level1Column, IndicatorHeader[0]);
        ExpectLabel(IndicatorHeaderRow, WeightColumn, IndicatorHeader[WeightColumn - 1]);
        if (Errors.Count > 0)
        {
            return null;
        }

        var header = ReadHeader();
        var budget = new TargetBudget
        {
            Total = NumberAt(FundsTotalRow, FundsValueColumn, "年度资金总额", "the year's total budget"),
            CurrentAppropriation = NumberAt(FundsCurrentRow, FundsValueColumn, "当年财政拨款", "the current appropriation"),
            CarryOver = NumberAt(FundsCarryOverRow, FundsValueColumn, "上年结转资金", "the carry-over from last year"),
            Other = NumberAt(FundsOtherRow, FundsValueColumn, "其他资金", "other funds"),
        };
        var goals = TextAt(GoalsRow, GoalsColumn);
        var (indicators, executionRow) = ReadIndicatorRows(lastRow, ReadIndicator);
        var executionWeight = executionRow > 0
            ? RequiredNumberAt(executionRow, WeightColumn, ExecutionWeightLabel, "the weight of budget execution")
            : null;

        if (Errors.Count > 0)
        {
            return null;
        }

        return new TargetContent
        {
            Header = header,
            Budget = budget,
            Goals = goals,
            ExecutionWeight = executionWeight ?? 10m,
            Indicators = indicators,
        };
    }

    /// <summary>An indicator row from row 11 to the 预算执行率分值 row, with the name and target in C–D.</summary>
    private TargetIndicator ReadIndicator(int row, string level1, string level2)
    {
        var name = RequiredText(row, NameColumn, "三级指标", "the indicator's name");
        var target = RequiredText(row, TargetColumn, "年度指标值", "the target");
        var weight = RequiredNumberAt(row, WeightColumn, "分值", "the weight");
        var method = TextAt(row, ScoringMethodColumn);
        return new TargetIndicator
        {
            Level1 = level1,
            Level2 = level2,
            Name = name,
            Target = target,
            Weight = weight ?? 0m,
            ScoringMethod = string.IsNullOrWhiteSpace(method) ? null : method,
        };
    }
}
