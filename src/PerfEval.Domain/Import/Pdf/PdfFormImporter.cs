using System.Text;
using PerfEval.Domain.Import.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PerfEval.Domain.Import.Pdf;

/// <summary>
/// A PDF with a text layer: each page's letters are put back into lines by their position (PDF writers may draw a
/// table's cells in any order), the lines read like extracted text (<see cref="PdfTextFormImporter"/>). A PDF whose
/// pages carry no text (a scan) is refused and told so; a broken or encrypted file is refused, never thrown.
/// </summary>
public static class PdfFormImporter
{
    public static ImportResult Import(byte[] bytes, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        string text;
        try
        {
            text = TextOf(bytes, limits, out var pages, out var error);
            if (error is not null)
            {
                return ImportResult.Failed(FormFileFormat.Pdf, error);
            }

            if (text.Length == 0)
            {
                return ImportResult.Failed(FormFileFormat.Pdf, ImportError.Create(
                    "file",
                    "带文字层的PDF（扫描件没有文字层，无法读取；请上传原始PDF、Word或Excel文件）",
                    "a PDF with a text layer (a scanned PDF has none and cannot be read; upload the original PDF, Word or Excel file)",
                    $"{pages}页扫描图像，无文字层 ({pages} page(s) of scanned images, no text layer)",
                    "文件"));
            }
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            return ImportResult.Failed(FormFileFormat.Pdf, ImportError.Create(
                "file", "可读取的PDF文件（未损坏、未加密）", "a readable PDF file (not damaged, not encrypted)", $"{problem.GetType().Name}: {problem.Message}", "文件"));
        }

        return PdfTextFormImporter.Import(text, FormFileFormat.Pdf, limits);
    }

    private static string TextOf(byte[] bytes, ImportLimits limits, out int pages, out ImportError? error)
    {
        error = null;
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        pages = document.NumberOfPages;
        if (pages > limits.MaxPages)
        {
            error = ImportError.Create("file", $"不超过{limits.MaxPages}页的PDF", $"a PDF of at most {limits.MaxPages} pages", $"{pages} pages", "文件");
            return "";
        }

        var text = new StringBuilder();
        for (var number = 1; number <= pages; number++)
        {
            foreach (var line in PdfLines.Of(document.GetPage(number).Letters))
            {
                text.Append(line).Append('\n');
                if (text.Length > limits.MaxBytes)
                {
                    error = ImportError.Create("file", $"不超过{limits.MaxBytes}个字符的文字", $"at most {limits.MaxBytes} characters of text", $"page {number}", "文件");
                    return "";
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// A page's letters as lines of text by position: letters on one baseline (within a fraction of their size) form a
/// line, read left to right; a gap wider than a quarter of the letters' size separates two cells with a space. Lines go
/// from the top of the page down.
/// </summary>
internal static class PdfLines
{
    private const double SameLine = 0.4;
    private const double CellGap = 0.25;

    public static IEnumerable<string> Of(IReadOnlyList<Letter> letters)
    {
        var placed = letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => (Letter: l, Size: Math.Max(1, l.PointSize > 0 ? l.PointSize : l.BoundingBox.Height)))
            .OrderByDescending(l => l.Letter.StartBaseLine.Y)
            .ToList();
        var line = new List<(Letter Letter, double Size)>();
        var baseline = double.NaN;
        foreach (var letter in placed)
        {
            if (line.Count > 0 && Math.Abs(letter.Letter.StartBaseLine.Y - baseline) > SameLine * letter.Size)
            {
                yield return Join(line);
                line.Clear();
            }

            if (line.Count == 0)
            {
                baseline = letter.Letter.StartBaseLine.Y;
            }

            line.Add(letter);
        }

        if (line.Count > 0)
        {
            yield return Join(line);
        }
    }

    private static string Join(List<(Letter Letter, double Size)> line)
    {
        line.Sort((a, b) => a.Letter.StartBaseLine.X.CompareTo(b.Letter.StartBaseLine.X));
        var text = new StringBuilder();
        var end = double.NaN;
        foreach (var (letter, size) in line)
        {
            if (text.Length > 0 && letter.StartBaseLine.X - end > CellGap * size)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            end = Math.Max(double.IsNaN(end) ? letter.EndBaseLine.X : end, letter.EndBaseLine.X);
        }

        return text.ToString();
    }
}
