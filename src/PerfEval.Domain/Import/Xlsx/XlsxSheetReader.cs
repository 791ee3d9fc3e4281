using System.Globalization;
using ClosedXML.Excel;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Text;
using static PerfEval.Domain.Export.XlsxLayout;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Reads one worksheet in the official layout (<see cref="Export.XlsxLayout"/>). Every bad cell is reported with its
/// sheet, row and column; a sheet with any error yields no form.
/// </summary>
internal sealed class XlsxSheetReader(IXLWorksheet sheet, ImportLimits limits)
{
    private readonly List<ImportError> _errors = [];
    private readonly string _name = sheet.Name;

    public IReadOnlyList<ImportError> Errors => _errors;

    public EvaluationForm? Read()
    {
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        if (lastRow > limits.MaxSheetRows)
        {
            Error(lastRow, 1, $"不超过{limits.MaxSheetRows}行", $"at most {limits.MaxSheetRows} rows", $"{lastRow} rows");
            return null;
        }

        ExpectLabel(ProjectRow, 1, "项目名称");
        ExpectLabel(DepartmentRow, 1, "主管部门");
        ExpectLabel(DepartmentRow, UnitLabelColumn, "实施单位");
        ExpectLabel(FundsHeaderRow, InitialBudgetColumn, FundsHeader[InitialBudgetColumn - 1]);
        ExpectLabel(FundsTotalRow, FundsLabelColumn, FundsRowLabels[0]);
        ExpectLabel(IndicatorHeaderRow, Level1Column, IndicatorHeader[0]);
        if (_errors.Count > 0)
        {
            return null;
        }

        var year = ReadYear();
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

        if (_errors.Count > 0)
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

    private int ReadYear()
    {
        var text = TextAt(YearRow, 1).Trim();
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).Trim('（', '(', '）', ')').Replace("年度", "", StringComparison.Ordinal);
        if (compact.Length == 4 && int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && FiscalYears.IsAccepted(year))
        {
            return year;
        }

        Error(YearRow, 1, "年度，如“（2024年度）”", "the fiscal year, e.g. （2024年度）", text);
        return 0;
    }

    private FundsTable ReadFunds()
    {
        for (var i = 1; i < FundsRowLabels.Length; i++)
        {
            ExpectLabel(FundsTotalRow + i, FundsLabelColumn, FundsRowLabels[i]);
        }

        var weight = NumberAt(FundsTotalRow, FundsWeightColumn, "预算执行率分值", "the weight of budget execution");
        if (weight is null && IsBlank(FundsTotalRow, FundsWeightColumn))
        {
            Error(FundsTotalRow, FundsWeightColumn, "预算执行率分值", "the weight of budget execution (a number)", "");
        }

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

            if (rows.Count >= limits.MaxIndicatorsPerForm)
            {
                Error(row, NameColumn, $"不超过{limits.MaxIndicatorsPerForm}个指标", $"at most {limits.MaxIndicatorsPerForm} indicators", "");
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

            var weight = NumberAt(row, WeightColumn, "分值", "the weight");
            if (weight is null && IsBlank(row, WeightColumn))
            {
                Error(row, WeightColumn, "分值", "the weight (a number)", "");
            }

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

    private void ExpectLabel(int row, int column, string label)
    {
        var found = Label(row, column);
        if (found != label)
        {
            Error(row, column, $"“{label}”", $"the label {label}", TextAt(row, column));
        }
    }

    /// <summary>A label compared without whitespace and with either kind of colon or bracket.</summary>
    private string Label(int row, int column) =>
        new string(TextAt(row, column).Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(':', '：').Replace('(', '（').Replace(')', '）');

    private string RequiredText(int row, int column, string whatZh, string whatEn)
    {
        var text = TextAt(row, column);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(row, column, whatZh, whatEn, "");
        }

        return text;
    }

    private bool IsBlank(int row, int column) => string.IsNullOrWhiteSpace(TextAt(row, column));

    private string TextAt(int row, int column)
    {
        try
        {
            return sheet.Cell(row, column).GetString();
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            Error(row, column, "可读的单元格", "a readable cell", problem.Message);
            return "";
        }
    }

    /// <summary>A number cell, or text that reads as a plain number; empty and "-" are no figure.</summary>
    private decimal? NumberAt(int row, int column, string whatZh, string whatEn)
    {
        try
        {
            var cell = sheet.Cell(row, column);
            if (cell.IsEmpty())
            {
                return null;
            }

            if (cell.DataType == XLDataType.Number)
            {
                var value = cell.GetDouble();
                if (double.IsFinite(value) && Math.Abs(value) < 1e15)
                {
                    return (decimal)value;
                }
            }
            else
            {
                var text = cell.GetString().Trim();
                if (text.Length == 0 || TextCells.IsDash(text))
                {
                    return null;
                }

                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }

            Error(row, column, $"{whatZh}（数字）", $"{whatEn} as a number", cell.GetString());
            return null;
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            Error(row, column, $"{whatZh}（数字）", $"{whatEn} as a number", problem.Message);
            return null;
        }
    }

    private void Error(int row, int column, string expectedZh, string expectedEn, string found)
    {
        if (_errors.Count >= limits.MaxErrors)
        {
            return;
        }

        _errors.Add(ImportError.Create(Address(_name, row, column), expectedZh, expectedEn, found));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
