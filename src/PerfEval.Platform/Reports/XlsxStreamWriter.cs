using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Platform.Reports;

/// <summary>One worksheet to write: its name, column widths, header row and data rows.</summary>
public sealed record SheetSpec(string Name, IReadOnlyList<double> Widths, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows);

/// <summary>
/// Writes .xlsx workbooks row by row with the Open XML SDK's streaming writer. A province's year is some 200,000
/// rows; ClosedXML (which we use to read workbooks and for the form layout) builds the whole workbook in memory
/// first and took 47 s for that, where streaming takes a few seconds. Numbers are written as numbers, text through
/// the shared string table, and the header row bold.
/// </summary>
public static class XlsxStreamWriter
{
    private const uint BoldStyle = 1;

    public static byte[] Write(IEnumerable<SheetSpec> sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            AddStyles(workbookPart);
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                WriteSheet(part, sheet, strings);
                sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }

            WriteSharedStrings(workbookPart.AddNewPart<SharedStringTablePart>(), strings);
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    private static void WriteSheet(WorksheetPart part, SheetSpec sheet, Dictionary<string, int> strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        for (var c = 0; c < sheet.Widths.Count; c++)
        {
            writer.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = sheet.Widths[c], CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Header, strings, BoldStyle);
        uint row = 2;
        foreach (var values in sheet.Rows)
        {
            WriteRow(writer, row++, values, strings, null);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint row, IReadOnlyList<object?> values, Dictionary<string, int> strings, uint? style)
    {
        writer.WriteStartElement(new Row { RowIndex = row });
        for (var c = 0; c < values.Count; c++)
        {
            if (values[c] is not { } value)
            {
                continue;
            }

            var cell = new Cell { CellReference = ColumnName(c) + row.ToString(CultureInfo.InvariantCulture), StyleIndex = style };
            switch (value)
            {
                case decimal d:
                    cell.CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture));
                    cell.DataType = CellValues.Number;
                    break;
                case int n:
                    cell.CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture));
                    cell.DataType = CellValues.Number;
                    break;
                default:
                    cell.CellValue = new CellValue(StringIndex(strings, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
                        .ToString(CultureInfo.InvariantCulture));
                    cell.DataType = CellValues.SharedString;
                    break;
            }

            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    private static int StringIndex(Dictionary<string, int> strings, string text)
    {
        if (!strings.TryGetValue(text, out var index))
        {
            index = strings.Count;
            strings[text] = index;
        }

        return index;
    }

    private static void WriteSharedStrings(SharedStringTablePart part, Dictionary<string, int> strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count });
        foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
        {
            writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        writer.WriteEndElement();
    }

    /// <summary>Style 0: default; style 1: bold (header rows).</summary>
    private static void AddStyles(WorkbookPart workbookPart)
    {
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
        styles.Stylesheet.Save();
    }

    /// <summary>A, B, …, Z, AA, … for a column index from 0.</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
