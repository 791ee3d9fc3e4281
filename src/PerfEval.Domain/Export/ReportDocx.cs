using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Domain.Evaluations.Report;

namespace PerfEval.Domain.Export;

/// <summary>
/// Writes the written self-evaluation report (<see cref="SelfEvaluationReport"/>) as a .docx with the Open XML SDK:
/// A4, the title and year centred, the headings as Word's own heading styles (so the navigation pane lists them),
/// the form as one bordered table with merged cells, in 宋体/黑体 for the Chinese text.
/// </summary>
public static class ReportDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // A4 portrait, margins of 2.2 cm and 2.0 cm (twentieths of a point).
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int SideMargin = 1134;
    private const int TopMargin = 1247;
    private const int TextWidth = PageWidth - (2 * SideMargin);

    public static byte[] ToBytes(Evaluations.Evaluation evaluation) => ToBytes(SelfEvaluationReport.Of(evaluation));

    public static byte[] ToBytes(SelfEvaluationReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body(
                Para(report.Title, "Title"),
                Para(report.Subtitle, "Subtitle"));
            foreach (var block in report.Blocks)
            {
                body.Append(block switch
                {
                    ReportHeading h => Para(h.Text, h.Level == 1 ? "Heading1" : "Heading2"),
                    ReportParagraph p => Para(p.Text, p.Muted ? "Muted" : null),
                    ReportTable t => Table(t.Rows),
                    _ => throw new InvalidOperationException($"No way to write {block.GetType().Name}."),
                });
            }

            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = TopMargin,
                    Bottom = TopMargin,
                    Left = (uint)SideMargin,
                    Right = (uint)SideMargin,
                    Header = 851,
                    Footer = 992,
                    Gutter = 0,
                }));
            main.Document = new Document(body);
            document.PackageProperties.Title = report.Title;
            document.PackageProperties.Language = "zh-CN";
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of a style (null: the normal text); line breaks in the text become breaks.</summary>
    private static Paragraph Para(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(Run(text, bold: false));
        return paragraph;
    }

    private static Run Run(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static Table Table(IReadOnlyList<IReadOnlyList<FormTableCell>> rows)
    {
        var widths = XlsxLayout.ColumnWidths;
        var sum = widths.Sum();
        var grid = widths.Select(w => (int)Math.Floor(TextWidth * w / sum)).ToArray();
        var border = () => new[]
        {
            (OpenXmlElement)new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(border()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
            new TableGrid(grid.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in rows)
        {
            var tr = new TableRow();
            var column = 0;
            foreach (var cell in row)
            {
                var width = grid.Skip(column).Take(cell.Span).Sum();
                column += cell.Span;
                var properties = new TableCellProperties(
                    new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (cell.Span > 1)
                {
                    properties.Append(new GridSpan { Val = cell.Span });
                }

                if (cell.Merge != RowMerge.None)
                {
                    properties.Append(new VerticalMerge
                    {
                        Val = cell.Merge == RowMerge.Restart ? MergedCellValues.Restart : MergedCellValues.Continue,
                    });
                }

                properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var paragraph = new Paragraph(new ParagraphProperties(
                    new ParagraphStyleId { Val = "TableText" },
                    new Justification { Val = cell.Number ? JustificationValues.Right : cell.Bold ? JustificationValues.Center : JustificationValues.Left }));
                paragraph.Append(Run(cell.Text, cell.Bold));
                tr.Append(new TableCell(properties, paragraph));
            }

            table.Append(tr);
        }

        return table;
    }

    private static Styles Styles()
    {
        static RunFonts Fonts(string eastAsia) => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = eastAsia };

        static Style Paragraph(string id, string name, string font, int halfPoints, bool bold, JustificationValues? justification = null,
            int? outline = null, int before = 0, int after = 120, string? color = null)
        {
            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (justification is { } j)
            {
                paragraph.Append(new Justification { Val = j });
            }

            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }

            // In the schema's order: fonts, bold, colour, size, language.
            var run = new StyleRunProperties(Fonts(font));
            if (bold)
            {
                run.Append(new Bold());
            }

            if (color is not null)
            {
                run.Append(new Color { Val = color });
            }

            run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            run.Append(new Languages { EastAsia = "zh-CN" });
            return new Style(
                new StyleName { Val = name },
                new BasedOn { Val = id == "Normal" ? null : "Normal" },
                new PrimaryStyle(),
                paragraph,
                run)
            { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        }

        var normal = Paragraph("Normal", "Normal", "宋体", 24, bold: false);
        normal.BasedOn = null;
        return new Styles(
            normal,
            Paragraph("Title", "Title", "黑体", 36, bold: true, JustificationValues.Center, after: 60),
            Paragraph("Subtitle", "Subtitle", "宋体", 24, bold: false, JustificationValues.Center, after: 240),
            Paragraph("Heading1", "heading 1", "黑体", 28, bold: true, outline: 0, before: 240),
            Paragraph("Heading2", "heading 2", "黑体", 24, bold: true, outline: 1, before: 120),
            Paragraph("Muted", "Muted", "宋体", 24, bold: false, color: "595959"),
            Paragraph("TableText", "Table Text", "宋体", 18, bold: false, after: 0));
    }
}
