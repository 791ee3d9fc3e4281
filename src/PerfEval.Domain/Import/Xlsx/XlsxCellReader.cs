using System.Globalization;
using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// The cell reading shared by the worksheet readers of the official layouts: labels compared loosely, text and
/// numbers read without throwing, and every bad cell reported with its sheet, row and column ("表1!D12").
/// </summary>
internal abstract class XlsxCellReader(IXLWorksheet sheet, ImportLimits limits, SheetLayout layout)
{
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    protected IXLWorksheet Sheet { get; } = sheet;

    protected ImportLimits Limits { get; } = limits;

    protected SheetLayout Layout { get; } = layout;

    /// <summary>The last row in use, or 0 after reporting a sheet longer than the limit.</summary>
    protected int LastRowWithinLimit()
    {
        var lastRow = Sheet.LastRowUsed()?.RowNumber() ?? 0;
        if (lastRow > Limits.MaxSheetRows)
        {
            Error(lastRow, 1, $"不超过{Limits.MaxSheetRows}行", $"at most {Limits.MaxSheetRows} rows", $"{lastRow} rows");
            return 0;
        }

        return lastRow;
    }

    /// <summary>The fiscal year as the layout writes it under the title: "（2024年度）".</summary>
    protected int ReadYear(int row)
    {
        var text = TextAt(row, 1).Trim();
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).Trim('（', '(', '）', ')').Replace("年度", "", StringComparison.Ordinal);
        if (compact.Length == 4 && int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && FiscalYears.IsAccepted(year))
        {
            return year;
        }

        Error(row, 1, "年度，如“（2024年度）”", "the fiscal year, e.g. （2024年度）", text);
        return 0;
    }

    /// <summary>The labels of the header rows: 项目名称, 主管部门 and 实施单位.</summary>
    protected void ExpectHeaderLabels()
    {
        ExpectLabel(Layout.ProjectRow, 1, "项目名称");
        ExpectLabel(Layout.DepartmentRow, 1, "主管部门");
        ExpectLabel(Layout.DepartmentRow, Layout.UnitLabelColumn, "实施单位");
    }

    /// <summary>The fiscal year under the title, then the project, the competent department and the implementing unit.</summary>
    protected FormHeader ReadHeader()
    {
        var year = ReadYear(Layout.YearRow);
        return new FormHeader
        {
            FiscalYear = year,
            ProjectName = RequiredText(Layout.ProjectRow, 2, "项目名称", "the project name"),
            CompetentDepartment = RequiredText(Layout.DepartmentRow, 2, "主管部门", "the competent department"),
            ImplementingUnit = RequiredText(Layout.DepartmentRow, Layout.UnitValueColumn, "实施单位", "the implementing unit"),
        };
    }

    /// <summary>
    /// Walks the indicator rows, from the layout's first indicator row to the row labelled with its end label (总分,
    /// 预算执行率分值), and reads each with <paramref name="readRow"/> given its level-1 and level-2 headings. Level-1
    /// and level-2 cells are merged over their rows, so an empty one carries the value above it; rows with nothing from
    /// the name's column on (unused template rows) are skipped. Returns the rows and the end row, or 0 when there is
    /// none or the rows are more than the limit.
    /// </summary>
    protected (IReadOnlyList<T> Rows, int EndRow) ReadIndicatorRows<T>(int lastRow, Func<int, string, string, T> readRow)
    {
        var rows = new List<T>();
        string? level1 = null;
        string? level2 = null;
        for (var row = Layout.FirstIndicatorRow; row <= lastRow; row++)
        {
            if (Label(row, 1) == Layout.EndLabel)
            {
                if (rows.Count == 0)
                {
                    Error(row, Layout.NameColumn, "至少一个指标行", "at least one indicator row", "");
                }

                return (rows, row);
            }

            var newLevel1 = NullIfEmpty(TextAt(row, Layout.Level1Column).Trim());
            var newLevel2 = NullIfEmpty(TextAt(row, Layout.Level2Column).Trim());
            if (newLevel1 is not null)
            {
                level1 = newLevel1;
                level2 = null;
            }

            level2 = newLevel2 ?? level2;
            if (Enumerable.Range(Layout.NameColumn, Layout.Columns - Layout.NameColumn + 1).All(c => IsBlank(row, c)))
            {
                continue;
            }

            if (rows.Count >= Limits.MaxIndicatorsPerForm)
            {
                Error(row, Layout.NameColumn, $"不超过{Limits.MaxIndicatorsPerForm}个指标", $"at most {Limits.MaxIndicatorsPerForm} indicators", "");
                return (rows, 0);
            }

            if (level1 is null)
            {
                Error(row, Layout.Level1Column, "一级指标", "a level-1 heading (e.g. 产出指标)", "");
            }

            if (level2 is null)
            {
                Error(row, Layout.Level2Column, "二级指标", "a level-2 heading (e.g. 数量指标)", "");
            }

            rows.Add(readRow(row, level1 ?? "", level2 ?? ""));
        }

        Error(lastRow + 1, 1, $"“{Layout.EndLabel}”行", Layout.EndRowEn, "");
        return (rows, 0);
    }

    protected void ExpectLabel(int row, int column, string label)
    {
        var found = Label(row, column);
        if (found != label)
        {
            Error(row, column, $"“{label}”", $"the label {label}", TextAt(row, column));
        }
    }

    /// <summary>A label compared without whitespace and with either kind of colon or bracket.</summary>
    protected string Label(int row, int column) =>
        new string(TextAt(row, column).Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace(':', '：').Replace('(', '（').Replace(')', '）');

    protected string RequiredText(int row, int column, string whatZh, string whatEn)
    {
        var text = TextAt(row, column);
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(row, column, whatZh, whatEn, "");
        }

        return text;
    }

    protected bool IsBlank(int row, int column) => string.IsNullOrWhiteSpace(TextAt(row, column));

    protected string TextAt(int row, int column)
    {
        try
        {
            return Sheet.Cell(row, column).GetString();
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            Error(row, column, "可读的单元格", "a readable cell", problem.Message);
            return "";
        }
    }

    /// <summary>A number cell, or text that reads as a plain number; empty and "-" are no figure.</summary>
    protected decimal? NumberAt(int row, int column, string whatZh, string whatEn)
    {
        try
        {
            var cell = Sheet.Cell(row, column);
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

    /// <summary>A number that must be there: a blank cell is reported as well as one that is not a number.</summary>
    protected decimal? RequiredNumberAt(int row, int column, string whatZh, string whatEn)
    {
        var value = NumberAt(row, column, whatZh, whatEn);
        if (value is null && IsBlank(row, column))
        {
            Error(row, column, whatZh, $"{whatEn} (a number)", "");
        }

        return value;
    }

    protected void Error(int row, int column, string expectedZh, string expectedEn, string found)
    {
        if (_errors.Count >= Limits.MaxErrors)
        {
            return;
        }

        _errors.Add(ImportError.Create(XlsxLayout.Address(Sheet.Name, row, column), expectedZh, expectedEn, found));
    }

    protected static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
