using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>Word documents written with the Open XML SDK, as a unit's office software saves a form.</summary>
internal static class TestDocx
{
    /// <summary>
    /// Each line a paragraph, except runs of lines of three or more words, which become a table with a row per line and
    /// a cell per word (the funds table, the indicator rows), as a form typed into Word's table has them.
    /// </summary>
    public static byte[] FromLines(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 3)
                {
                    table ??= body.AppendChild(new Table());
                    table.AppendChild(new TableRow(words.Select(w => new TableCell(Paragraph(w)))));
                    continue;
                }

                table = null;
                body.AppendChild(Paragraph(line));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of <paramref name="text"/>, less the control characters XML cannot hold (Word drops them too).</summary>
    private static Paragraph Paragraph(string text) =>
        new(new Run(new Text(new string([.. text.Where(c => c >= ' ' || c == '\t')])) { Space = SpaceProcessingModeValues.Preserve }));
}
