using System.Globalization;
using ClosedXML.Excel;

namespace PerfEval.TestFiles;

/// <summary>
/// Workbooks in a region's own layout, as a unit's spreadsheet holds a form typed into its cells. Shared by the domain and
/// the integration tests (linked into both projects).
/// </summary>
public static class TestXlsx
{
    /// <summary>
    /// One worksheet, a row per line: a line of three or more words gets a cell per word (the funds table, the
    /// indicator rows), a number stored as a number, not as text; a shorter line (a title, a heading, running text) is
    /// one cell. Blank lines leave a blank row.
    /// </summary>
    public static byte[] FromLines(IEnumerable<string> lines, string sheetName = "自评表")
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        var row = 1;
        foreach (var line in lines)
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string[] cells = words.Length >= 3 ? words : [line.Trim()];
            for (var column = 0; column < cells.Length; column++)
            {
                var cell = sheet.Cell(row, column + 1);
                if (decimal.TryParse(cells[column], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    cell.Value = number;
                }
                else
                {
                    cell.SetValue(cells[column]);
                }
            }

            row++;
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
