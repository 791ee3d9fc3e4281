using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfEval.Worker.Reports;

/// <summary>One worksheet to write: its name, column widths, header row and data rows.</summary>
public sealed record SheetSpec(string Name, IReadOnlyList<double> Widths, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows);

/// <summary>
/// Writes .xlsx workbooks row by row: the package and its styles with the Open XML SDK, each sheet's rows and the
/// shared string table as XML straight into their parts. A province's year is some 200,000 rows; ClosedXML (which we
/// use to read workbooks and for the form layout) builds the whole workbook in memory first and took 47 s for that,
/// where streaming takes a few seconds. Numbers are written as numbers, text through the shared string table, and the
/// header row bold.
/// </summary>
public static class XlsxStreamWriter
{
    /// <summary>Style 1 of <see cref="AddStyles"/>: bold.</summary>
    private const string BoldStyle = "1";

    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false) };

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
        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartElement("worksheet", SpreadsheetMl);
        writer.WriteStartElement("cols", SpreadsheetMl);
        for (var c = 0; c < sheet.Widths.Count; c++)
        {
            var number = Number(c + 1);
            writer.WriteStartElement("col", SpreadsheetMl);
            writer.WriteAttributeString("min", number);
            writer.WriteAttributeString("max", number);
            writer.WriteAttributeString("width", sheet.Widths[c].ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("customWidth", "1");
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteStartElement("sheetData", SpreadsheetMl);
        var cells = new CellWriter(writer, strings, sheet.Header.Count);
        cells.WriteRow(1, sheet.Header, BoldStyle);
        var row = 2;
        foreach (var values in sheet.Rows)
        {
            cells.WriteRow(row++, values, null);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>
    /// Writes rows and cells straight to the part's XML: through the SDK's streaming writer, with its element and
    /// attribute objects, a province's year-end workbook took 7.3–7.5 s in the platform benchmark, and 6.1–6.5 s this
    /// way (docs/benchmarks/platform.md).
    /// </summary>
    private sealed class CellWriter(XmlWriter writer, Dictionary<string, int> strings, int columns)
    {
        private readonly string[] _columnNames = Enumerable.Range(0, Math.Max(columns, 1)).Select(ColumnName).ToArray();

        public void WriteRow(int row, IReadOnlyList<object?> values, string? style)
        {
            var number = Number(row);
            writer.WriteStartElement("row", SpreadsheetMl);
            writer.WriteAttributeString("r", number);
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c] is not { } value)
                {
                    continue;
                }

                var (type, text) = value switch
                {
                    decimal d => ("n", d.ToString(CultureInfo.InvariantCulture)),
                    int n => ("n", Number(n)),
                    _ => ("s", Number(StringIndex(strings, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))),
                };
                writer.WriteStartElement("c", SpreadsheetMl);
                writer.WriteAttributeString("r", (c < _columnNames.Length ? _columnNames[c] : ColumnName(c)) + number);
                if (style is not null)
                {
                    writer.WriteAttributeString("s", style);
                }

                writer.WriteAttributeString("t", type);
                writer.WriteElementString("v", SpreadsheetMl, text);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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
        var byIndex = new string[strings.Count];
        foreach (var (text, index) in strings)
        {
            byIndex[index] = text;
        }

        using var stream = part.GetStream(FileMode.Create);
        using var writer = XmlWriter.Create(stream, XmlSettings);
        writer.WriteStartElement("sst", SpreadsheetMl);
        writer.WriteAttributeString("count", Number(byIndex.Length));
        writer.WriteAttributeString("uniqueCount", Number(byIndex.Length));
        foreach (var text in byIndex)
        {
            writer.WriteStartElement("si", SpreadsheetMl);
            writer.WriteStartElement("t", SpreadsheetMl);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(text);
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
