using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;
using static PerfEval.Domain.Export.TargetXlsxLayout;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Reads one worksheet in the official layout of a target declaration (<see cref="TargetXlsxLayout"/>). Every
/// bad cell is reported with its sheet, row and column; a sheet with any error yields no declaration.
/// </summary>
internal sealed class TargetXlsxSheetReader(IXLWorksheet sheet, ImportLimits limits) : XlsxCellReader(sheet, limits)
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

        ExpectLabel(ProjectRow, 1, "项目名称");
        ExpectLabel(DepartmentRow, 1, "主管部门");
        ExpectLabel(DepartmentRow, UnitLabelColumn, "实施单位");
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

        var header = new FormHeader
        {
            FiscalYear = ReadYear(YearRow),
            ProjectName = RequiredText(ProjectRow, 2, "项目名称", "the project name"),
            CompetentDepartment = RequiredText(DepartmentRow, 2, "主管部门", "the competent department"),
            ImplementingUnit = RequiredText(DepartmentRow, UnitValueColumn, "实施单位", "the implementing unit"),
        };
        var budget = new TargetBudget
        {
            Total = NumberAt(FundsTotalRow, FundsValueColumn, "年度资金总额", "the year's total budget"),
            CurrentAppropriation = NumberAt(FundsCurrentRow, FundsValueColumn, "当年财政拨款", "the current appropriation"),
            CarryOver = NumberAt(FundsCarryOverRow, FundsValueColumn, "上年结转资金", "the carry-over from last year"),
            Other = NumberAt(FundsOtherRow, FundsValueColumn, "其他资金", "other funds"),
        };
        var goals = TextAt(GoalsRow, GoalsColumn);
        var (indicators, executionRow) = ReadIndicators(lastRow);
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

    /// <summary>
    /// Indicator rows run from row 11 to the 预算执行率分值 row. Level-1 and level-2 cells are merged over their rows, so
    /// an empty one carries the value above it; rows with nothing in C–F (unused template rows) are skipped.
    /// </summary>
    private (IReadOnlyList<TargetIndicator> Rows, int ExecutionRow) ReadIndicators(int lastRow)
    {
        var rows = new List<TargetIndicator>();
        string? level1 = null;
        string? level2 = null;
        for (var row = FirstIndicatorRow; row <= lastRow; row++)
        {
            if (Label(row, 1) == ExecutionWeightLabel)
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

            var name = RequiredText(row, NameColumn, "三级指标", "the indicator's name");
            var target = RequiredText(row, TargetColumn, "年度指标值", "the target");
            var weight = RequiredNumberAt(row, WeightColumn, "分值", "the weight");
            var method = TextAt(row, ScoringMethodColumn);
            rows.Add(new TargetIndicator
            {
                Level1 = level1 ?? "",
                Level2 = level2 ?? "",
                Name = name,
                Target = target,
                Weight = weight ?? 0m,
                ScoringMethod = string.IsNullOrWhiteSpace(method) ? null : method,
            });
        }

        Error(lastRow + 1, 1, $"“{ExecutionWeightLabel}”行", $"the {ExecutionWeightLabel} row (weight of budget execution) after the indicators", "");
        return (rows, 0);
    }
}
