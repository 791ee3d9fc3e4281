using ClosedXML.Excel;
using PerfEval.Domain.Forms;
using static PerfEval.Domain.Export.XlsxLayout;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Reads one worksheet in the official layout (<see cref="Export.XlsxLayout"/>). Every bad cell is reported with its
/// sheet, row and column; a sheet with any error yields no form.
/// </summary>
internal sealed class XlsxSheetReader(IXLWorksheet sheet, ImportLimits limits) : XlsxCellReader(sheet, limits)
{
    public EvaluationForm? Read()
    {
        var lastRow = LastRowWithinLimit();
        if (Errors.Count > 0)
        {
            return null;
        }

        ExpectLabel(ProjectRow, 1, "项目名称");
        ExpectLabel(DepartmentRow, 1, "主管部门");
        ExpectLabel(DepartmentRow, UnitLabelColumn, "实施单位");
        ExpectLabel(FundsHeaderRow, InitialBudgetColumn, FundsHeader[InitialBudgetColumn - 1]);
        ExpectLabel(FundsTotalRow, FundsLabelColumn, FundsRowLabels[0]);
        ExpectLabel(IndicatorHeaderRow, Level1Column, IndicatorHeader[0]);
        if (Errors.Count > 0)
        {
            return null;
        }

        var year = ReadYear(YearRow);
        var header = new FormHeader
        {
            ProjectName = RequiredText(ProjectRow, 2, "项目名称", "the project name"),
            CompetentDepartment = RequiredText(DepartmentRow, 2, "主管部门", "the competent department"),
            ImplementingUnit = RequiredText(DepartmentRow, UnitValueColumn, "实施单位", "the implementing unit"),
            FiscalYear = year,
        };
        var funds = ReadFunds();
        var goals = new AnnualGoals { Expected = TextAt(GoalsTextRow, ExpectedGoalColumn), Actual = TextAt(GoalsTextRow, ActualGoalColumn) };
        var (indicators, totalRow) = ReadIndicators(lastRow);
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

    /// <summary>
    /// Indicator rows run from row 13 to the 总分 row. Level-1 and level-2 cells are merged over their rows, so an empty
    /// one carries the value above it; rows with nothing in C–H (unused template rows) are skipped.
    /// </summary>
    private (IReadOnlyList<IndicatorRow> Rows, int TotalRow) ReadIndicators(int lastRow)
    {
        var rows = new List<IndicatorRow>();
        string? level1 = null;
        string? level2 = null;
        for (var row = FirstIndicatorRow; row <= lastRow; row++)
        {
            if (Label(row, 1) == TotalLabel)
            {
                if (rows.Count == 0)
                {
                    Error(row, NameColumn, "至少一个指标行", "at least one indicator row", "");
                }

                return (rows, row);
            }

            var newLevel1 = NullIfEmpty(TextAt(row, Level1Column).Trim());
            var newLevel2 = NullIfEmpty(TextAt(row, Level2Column).Trim());
            if (newLevel1 is not null)
            {
                level1 = newLevel1;
                level2 = null;
            }

            level2 = newLevel2 ?? level2;
            if (Enumerable.Range(NameColumn, Columns - NameColumn + 1).All(c => IsBlank(row, c)))
            {
                continue;
            }

            if (rows.Count >= Limits.MaxIndicatorsPerForm)
            {
                Error(row, NameColumn, $"不超过{Limits.MaxIndicatorsPerForm}个指标", $"at most {Limits.MaxIndicatorsPerForm} indicators", "");
                return (rows, 0);
            }

            if (level1 is null)
            {
                Error(row, Level1Column, "一级指标", "a level-1 heading (e.g. 产出指标)", "");
            }

            if (level2 is null)
            {
                Error(row, Level2Column, "二级指标", "a level-2 heading (e.g. 数量指标)", "");
            }

            var weight = RequiredNumberAt(row, WeightColumn, "分值", "the weight");

            var reason = TextAt(row, ReasonColumn);
            rows.Add(new IndicatorRow
            {
                Level1 = level1 ?? "",
                Level2 = level2 ?? "",
                Name = RequiredText(row, NameColumn, "三级指标", "the indicator's name"),
                Target = RequiredText(row, TargetColumn, "年度指标值", "the target"),
                Actual = RequiredText(row, ActualColumn, "实际完成值", "the actual"),
                Weight = weight ?? 0m,
                ClaimedScore = NumberAt(row, ScoreColumn, "得分", "the score"),
                DeviationReason = string.IsNullOrWhiteSpace(reason) ? null : reason,
            });
        }

        Error(lastRow + 1, 1, $"“{TotalLabel}”行", $"the {TotalLabel} (total) row after the indicators", "");
        return (rows, 0);
    }
}
