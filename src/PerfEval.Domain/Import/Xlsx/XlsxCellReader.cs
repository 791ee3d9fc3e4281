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
internal abstract class XlsxCellReader(IXLWorksheet sheet, ImportLimits limits)
{
    private readonly List<ImportError> _errors = [];

    public IReadOnlyList<ImportError> Errors => _errors;

    protected IXLWorksheet Sheet { get; } = sheet;

    protected ImportLimits Limits { get; } = limits;

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
