using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Worker.Reports;

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
        var cells = new CellWriter(writer, strings, sheet.Header.Count);
        cells.WriteRow(1, sheet.Header, BoldStyle);
        uint row = 2;
        foreach (var values in sheet.Rows)
        {
            cells.WriteRow(row++, values, null);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// Writes rows and cells as start tags with their attributes and the value as text, the streaming writer's fast
    /// path: no element objects per cell (their construction and serialization took most of a report's time).
    /// </summary>
    private sealed class CellWriter(OpenXmlWriter writer, Dictionary<string, int> strings, int columns)
    {
        private static readonly string NumberType = "n";
        private static readonly string SharedStringType = "s";
        private readonly string[] _columnNames = Enumerable.Range(0, Math.Max(columns, 1)).Select(ColumnName).ToArray();
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly CellValue _value = new();
        private readonly List<OpenXmlAttribute> _rowAttributes = [default];
        private readonly List<OpenXmlAttribute> _attributes = new(3);

        public void WriteRow(uint row, IReadOnlyList<object?> values, uint? style)
        {
            var number = row.ToString(CultureInfo.InvariantCulture);
            _rowAttributes[0] = new OpenXmlAttribute("r", "", number);
            writer.WriteStartElement(_row, _rowAttributes);
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c] is not { } value)
                {
                    continue;
                }

                var (type, text) = value switch
                {
                    decimal d => (NumberType, d.ToString(CultureInfo.InvariantCulture)),
                    int n => (NumberType, n.ToString(CultureInfo.InvariantCulture)),
                    _ => (SharedStringType, StringIndex(strings, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")
                        .ToString(CultureInfo.InvariantCulture)),
                };
                _attributes.Clear();
                _attributes.Add(new OpenXmlAttribute("r", "", (c < _columnNames.Length ? _columnNames[c] : ColumnName(c)) + number));
                if (style is { } s)
                {
                    _attributes.Add(new OpenXmlAttribute("s", "", s.ToString(CultureInfo.InvariantCulture)));
                }

                _attributes.Add(new OpenXmlAttribute("t", "", type));
                writer.WriteStartElement(_cell, _attributes);
                writer.WriteStartElement(_value);
                writer.WriteString(text);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
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
        var item = new SharedStringItem();
        var text = new Text();
        OpenXmlAttribute[] preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
        foreach (var value in strings.OrderBy(s => s.Value).Select(s => s.Key))
        {
            writer.WriteStartElement(item);
            writer.WriteStartElement(text, preserve);
            writer.WriteString(value);
            writer.WriteEndElement();
            writer.WriteEndElement();
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
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
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
