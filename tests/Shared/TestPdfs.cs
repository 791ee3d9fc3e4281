using System.Globalization;
using System.Text;

namespace PerfEval.TestFiles;

/// <summary>
/// PDF files written by hand for the tests (offsets and cross-reference table computed, as a PDF writer writes them):
/// a blank page, pages of text placed word by word at their positions (in a CJK font given by name, with a ToUnicode
/// map, so that a reader recovers the text as a published form's PDF gives it), and a "scanned" page that is only an
/// image. Shared by the domain and the integration tests (linked into both projects).
/// </summary>
public static class TestPdfs
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Margin = 40;
    private const double FontSize = 10;
    private const double LineHeight = 14;
    private const double TokenGap = 1.5;

    /// <summary>A blank page; <paramref name="title"/> goes into the document information.</summary>
    public static byte[] Blank(string? title = null)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        };
        if (title is not null)
        {
            objects.Add($"<< /Title <FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(title))}> >>");
        }

        return Write(objects, title is null ? "" : " /Info 4 0 R");
    }

    /// <summary>
    /// The lines laid out top to bottom on A4 pages, each whitespace-separated token drawn on its own at its position.
    /// With <paramref name="scramble"/>, each page's tokens are written in a random order (as some PDF writers do): only
    /// the positions tell the lines.
    /// </summary>
    public static byte[] Text(IEnumerable<string> lines, Random? scramble = null)
    {
        var perPage = (int)((PageHeight - 2 * Margin) / LineHeight);
        var pages = lines.Chunk(perPage).Select(page => page.SelectMany((line, i) => Runs(line, PageHeight - Margin - (i * LineHeight))).ToList()).ToList();
        if (pages.Count == 0)
        {
            pages.Add([]);
        }

        if (scramble is not null)
        {
            pages = pages.Select(runs => runs.OrderBy(_ => scramble.Next()).ToList()).ToList();
        }

        var used = pages.SelectMany(runs => runs.SelectMany(r => r.Text)).ToHashSet();
        return Document(pages.Select(runs => Content(runs)).ToList(), used);
    }

    /// <summary>A page that is only an image, as a scanner writes it: no text layer.</summary>
    public static byte[] Scanned(int pages = 1) =>
        Document(Enumerable.Repeat("q 515 0 0 762 40 40 cm /Im1 Do Q", pages).ToList(), font: null);

    private static IEnumerable<(double X, double Y, string Text)> Runs(string line, double y)
    {
        var x = Margin;
        foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return (x, y, token);
            x += (token.Length + TokenGap) * FontSize;
        }
    }

    private static string Content(IEnumerable<(double X, double Y, string Text)> runs)
    {
        var content = new StringBuilder();
        foreach (var (x, y, text) in runs)
        {
            var hex = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 {FontSize:0.##} Tf 1 0 0 1 {x:0.##} {y:0.##} Tm <{hex}> Tj ET\n");
        }

        return content.ToString();
    }

    /// <summary>
    /// Catalog, pages, then per page its page object and content stream; after them the font (mapping the characters
    /// <paramref name="font"/> holds, as a writer that embeds a subset of the font maps them) or, without one, the image.
    /// </summary>
    private static byte[] Document(IReadOnlyList<string> contents, IReadOnlyCollection<char>? font)
    {
        var withFont = font is not null;
        var count = contents.Count;
        var shared = 3 + (2 * count);
        var resources = withFont ? $"<< /Font << /F1 {shared} 0 R >> >>" : $"<< /XObject << /Im1 {shared} 0 R >> >>";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, count).Select(p => $"{3 + (2 * p)} 0 R"))}] /Count {count} >>",
        };
        foreach (var content in contents)
        {
            var page = objects.Count + 1;
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources {resources} /Contents {page + 1} 0 R >>");
            objects.Add(Stream("", content));
        }

        if (withFont)
        {
            objects.Add($"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [{shared + 1} 0 R] /ToUnicode {shared + 3} 0 R >>");
            objects.Add($"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {shared + 2} 0 R /DW 1000 /CIDToGIDMap /Identity >>");
            objects.Add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
            objects.Add(Stream("", ToUnicode(font!)));
        }
        else
        {
            objects.Add(Stream(" /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", "\u0080"));
        }

        return Write(objects, "");
    }

    /// <summary>Each character's two-byte code to the UTF-16 unit it is (the text is written as UTF-16BE).</summary>
    private static string ToUnicode(IReadOnlyCollection<char> used)
    {
        var map = new StringBuilder(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in used.Order().Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var c in block)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{(int)c:X4}> <{(int)c:X4}>\n");
            }

            map.Append("endbfchar\n");
        }

        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.ToString();
    }

    private static string Stream(string dictionary, string data) => $"<< /Length {data.Length}{dictionary} >>\nstream\n{data}\nendstream";

    private static byte[] Write(IReadOnlyList<string> objects, string trailer)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{trailer} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
