using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using static PerfEval.Domain.Export.XlsxLayout;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Reads one worksheet in the official layout (<see cref="Export.XlsxLayout"/>). Every bad cell is reported with its
/// sheet, row and column; a sheet with any error yields no form. A sheet titled 部门整体支出绩效自评表 holds a
/// department-wide form, its department's figures in the 部门基本数据 block under the grade.
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

        var kind = KindOf(Label(TitleRow, 1));
        var header = ReadHeader();
        var funds = ReadFunds();
        var goals = new AnnualGoals { Expected = TextAt(GoalsTextRow, ExpectedGoalColumn), Actual = TextAt(GoalsTextRow, ActualGoalColumn) };
        _namesOnly = NamesOnly(lastRow);
        var (indicators, totalRow) = ReadIndicatorRows(lastRow, ReadIndicator);
        if (_namesOnly && Errors.Count == 0)
        {
            _findings.Add(ImportFindings.UnscoredForm(indicators.Count));
        }

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

        var department = kind == FormKind.DepartmentWide && totalRow > 0 ? ReadDepartment(totalRow + DepartmentBlockOffset) : null;

        if (Errors.Count > 0)
        {
            return null;
        }

        return new EvaluationForm
        {
            Kind = kind,
            Department = department,
            Header = header,
            Funds = funds,
            Goals = goals,
            Indicators = indicators,
            ClaimedTotal = total,
            ClaimedGrade = grade,
        };
    }

    /// <summary>The 部门基本数据 block, or null when the sheet has none or leaves every figure blank.</summary>
    private DepartmentFacts? ReadDepartment(int blockRow)
    {
        if (Label(blockRow, 1) != DepartmentBlockLabel)
        {
            return null;
        }

        var figures = new decimal?[DepartmentLabels.Length][];
        for (var r = 0; r < DepartmentLabels.Length; r++)
        {
            figures[r] = new decimal?[DepartmentLabelColumns.Length];
            for (var p = 0; p < DepartmentLabelColumns.Length; p++)
            {
                var (row, column, label) = (blockRow + 1 + r, DepartmentLabelColumns[p], DepartmentLabels[r][p]);
                ExpectLabel(row, column, label);
                figures[r][p] = NumberAt(row, column + 1, label, $"the department's figure {label}");
            }
        }

        if (figures.All(r => r.All(f => f is null)))
        {
            return null;
        }

        return new DepartmentFacts
        {
            AuthorizedStaff = Staff(figures[0][0], blockRow + 1, DepartmentLabelColumns[0] + 1),
            ActualStaff = Staff(figures[0][1], blockRow + 1, DepartmentLabelColumns[1] + 1),
            KeyExpenditure = figures[0][2],
            ThreePublicCurrent = figures[1][0],
            ThreePublicPrevious = figures[1][1],
            ProjectExpenditure = figures[1][2],
        };
    }

    /// <summary>A head count: a whole number.</summary>
    private int? Staff(decimal? value, int row, int column)
    {
        if (value is not { } count)
        {
            return null;
        }

        if (count != decimal.Truncate(count) || count is < int.MinValue or > int.MaxValue)
        {
            Error(row, column, "整数人数", "a whole number of staff", TextAt(row, column));
            return null;
        }

        return (int)count;
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

    private readonly List<Finding> _findings = [];

    /// <summary>Whether every indicator row holds its name and nothing after it (a template not yet filled in).</summary>
    private bool _namesOnly;

    /// <summary>What the reader noticed about the form it read: a sheet of names only is an unscored draft (<c>IMPORT_UNSCORED</c>).</summary>
    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>
    /// Whether the indicator rows (up to 总分) hold names and nothing in the cells after the name: a blank template
    /// such as the department-wide one, whose common indicators are named, read as an unscored draft with empty
    /// targets and actuals and weights of 0, nothing invented.
    /// </summary>
    private bool NamesOnly(int lastRow)
    {
        var named = false;
        for (var row = FirstIndicatorRow; row <= lastRow && Label(row, 1) != TotalLabel; row++)
        {
            var after = Enumerable.Range(NameColumn + 1, Columns - NameColumn).Any(c => !IsBlank(row, c));
            if (after)
            {
                return false;
            }

            named |= !IsBlank(row, NameColumn);
        }

        return named;
    }

    /// <summary>An indicator row from row 13 to the 总分 row, with the name, target and actual in C–E.</summary>
    private IndicatorRow ReadIndicator(int row, string level1, string level2)
    {
        if (_namesOnly)
        {
            return new IndicatorRow
            {
                Level1 = level1,
                Level2 = level2,
                Name = RequiredText(row, NameColumn, "三级指标", "the indicator's name"),
                Target = "",
                Actual = "",
                Weight = 0m,
            };
        }

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
