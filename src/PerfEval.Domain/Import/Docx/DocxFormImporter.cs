using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Domain.Import.Docx;

/// <summary>
/// A Word document (.docx) through the Open XML SDK: its paragraphs and tables in document order become lines, which
/// are read like extracted text (<see cref="PdfTextFormImporter"/>), a table row as <see cref="TableRowLines"/> says.
/// </summary>
public static class DocxFormImporter
{
    public static ImportResult Import(byte[] bytes, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (ZipArchives.Check(bytes, limits, "document", "文档", "Word文档（.docx）", "a Word document (.docx)", "word/document.xml") is { } invalid)
        {
            return ImportResult.Failed(FormFileFormat.Docx, invalid);
        }

        string text;
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return ImportResult.Failed(FormFileFormat.Docx, ImportError.Create("document", "Word文档的正文", "the body of a Word document", "a document without a body", "文档"));
            }

            var lines = new StringBuilder();
            Append(body, lines, limits);
            text = lines.ToString();
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            return ImportResult.Failed(FormFileFormat.Docx, ImportError.Create(
                "document", "可读取的Word文档（.docx）", "a readable Word document (.docx)", $"{problem.GetType().Name}: {problem.Message}", "文档"));
        }

        return PdfTextFormImporter.Import(text, FormFileFormat.Docx, limits);
    }

    private static void Append(OpenXmlElement container, StringBuilder lines, ImportLimits limits)
    {
        foreach (var element in container.Elements())
        {
            if (lines.Length > limits.MaxBytes)
            {
                return;
            }

            switch (element)
            {
                case Paragraph paragraph:
                    lines.Append(paragraph.InnerText).Append('\n');
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        TableRowLines.Append(lines, row.Elements<TableCell>()
                            .Select(c => string.Join(' ', c.Elements<Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0))));
                    }

                    break;
                case SdtBlock block when block.SdtContentBlock is { } content:
                    Append(content, lines, limits);
                    break;
            }
        }
    }
}
