using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using static PerfEval.Domain.Export.XlsxLayout;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Reads one worksheet in the official layout (<see cref="Export.XlsxLayout"/>). Every bad cell is reported with its
/// sheet, row and column; a sheet with any error yields no form.
/// </summary>
internal sealed class XlsxSheetReader(IXLWorksheet sheet, ImportLimits limits) : XlsxCellReader(sheet, limits, SheetLayout.Form)
{
    public EvaluationForm? Read()
    {
        var lastRow = LastRowWithinLimit();
        if (Errors.Count > 0)
        {
            return null;
        }

        ExpectHeaderLabels();
        ExpectLabel(FundsHeaderRow, InitialBudgetColumn, FundsHeader[InitialBudgetColumn - 1]);
        ExpectLabel(FundsTotalRow, FundsLabelColumn, FundsRowLabels[0]);
        ExpectLabel(IndicatorHeaderRow, Level1Column, IndicatorHeader[0]);
        if (Errors.Count > 0)
        {
            return null;
        }

        var header = ReadHeader();
        var funds = ReadFunds();
        var goals = new AnnualGoals { Expected = TextAt(GoalsTextRow, ExpectedGoalColumn), Actual = TextAt(GoalsTextRow, ActualGoalColumn) };
        var (indicators, totalRow) = ReadIndicatorRows(lastRow, ReadIndicator);
        decimal? total = null;
        string? grade = null;
        if (totalRow > 0)
        {
            total = NumberAt(totalRow, ScoreColumn, "总分", "the total score");
            if (Label(totalRow + 1, 1) != GradeLabel)
            {
                Error(totalRow + 1, 1, $"“{GradeLabel}”", $"the label {GradeLabel} (grade)", TextAt(totalRow + 1, 1));
            }
            else
            {
                grade = NullIfEmpty(TextAt(totalRow + 1, GradeColumn).Trim());
            }
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        return new EvaluationForm
        {
            Header = header,
            Funds = funds,
            Goals = goals,
            Indicators = indicators,
            ClaimedTotal = total,
            ClaimedGrade = grade,
        };
    }

    private FundsTable ReadFunds()
    {
        for (var i = 1; i < FundsRowLabels.Length; i++)
        {
            ExpectLabel(FundsTotalRow + i, FundsLabelColumn, FundsRowLabels[i]);
        }

        var weight = RequiredNumberAt(FundsTotalRow, FundsWeightColumn, "预算执行率分值", "the weight of budget execution");

        return new FundsTable
        {
            Total = ReadFundsRow(FundsTotalRow),
            CurrentAppropriation = ReadFundsRow(FundsCurrentRow),
            CarryOver = ReadFundsRow(FundsCarryOverRow),
            Other = ReadFundsRow(FundsOtherRow),
            Weight = weight ?? 10m,
            ClaimedScore = NumberAt(FundsTotalRow, FundsScoreColumn, "预算执行率得分", "the budget execution score"),
        };
    }

    private FundsRow ReadFundsRow(int row) => new()
    {
        InitialBudget = NumberAt(row, InitialBudgetColumn, "年初预算数", "the initial budget"),
        FullYearBudget = NumberAt(row, FullYearBudgetColumn, "全年预算数", "the full-year budget"),
        Executed = NumberAt(row, ExecutedColumn, "全年执行数", "the executed amount"),
        ClaimedRate = NumberAt(row, RateColumn, "执行率", "the execution rate"),
    };

    /// <summary>An indicator row from row 13 to the 总分 row, with the name, target and actual in C–E.</summary>
    private IndicatorRow ReadIndicator(int row, string level1, string level2)
    {
        var weight = RequiredNumberAt(row, WeightColumn, "分值", "the weight");

        var reason = TextAt(row, ReasonColumn);
        return new IndicatorRow
        {
            Level1 = level1,
            Level2 = level2,
            Name = RequiredText(row, NameColumn, "三级指标", "the indicator's name"),
            Target = RequiredText(row, TargetColumn, "年度指标值", "the target"),
            Actual = RequiredText(row, ActualColumn, "实际完成值", "the actual"),
            Weight = weight ?? 0m,
            ClaimedScore = NumberAt(row, ScoreColumn, "得分", "the score"),
            DeviationReason = string.IsNullOrWhiteSpace(reason) ? null : reason,
        };
    }
}
