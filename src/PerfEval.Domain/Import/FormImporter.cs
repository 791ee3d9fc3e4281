using PerfEval.Domain.Import.Docx;
using PerfEval.Domain.Import.Json;
using PerfEval.Domain.Import.Pdf;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Import.Xlsx;

namespace PerfEval.Domain.Import;

/// <summary>
/// The one entry point for importing forms from a file: .pdf, .docx, .xlsx, .txt (PDF text) or .json, told by the
/// content where it says (PDF, Word, Excel), otherwise by the extension, otherwise by the content. Never throws for bad input: every problem is an <see cref="ImportError"/>.
/// </summary>
public static class FormImporter
{
    public static ImportResult Import(Stream content, string fileName, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        var (bytes, error) = ReadAll(content, limits);
        return bytes is null ? ImportResult.Failed(FormFileFormat.Unknown, error!) : Import(bytes, fileName, limits);
    }

    /// <summary>
    /// Reads <paramref name="content"/> asynchronously (an HTTP request body allows no synchronous reads), then imports.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(Stream content, string fileName, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        var (bytes, error) = await ReadAllAsync(content, limits, cancellationToken).ConfigureAwait(false);
        return bytes is null ? ImportResult.Failed(FormFileFormat.Unknown, error!) : Import(bytes, fileName, limits);
    }

    /// <summary>The stream's bytes, read no further than the limit; or the error that stopped the reading.</summary>
    internal static (byte[]? Bytes, ImportError? Error) ReadAll(Stream content, ImportLimits limits)
    {
        try
        {
            using var buffer = new BoundedBuffer(limits.MaxBytes);
            content.CopyTo(buffer);
            return (buffer.ToArray(), null);
        }
        catch (Exception problem) when (IsReadProblem(problem))
        {
            return (null, ReadFailed(problem, limits));
        }
    }

    /// <inheritdoc cref="ReadAll"/>
    internal static async Task<(byte[]? Bytes, ImportError? Error)> ReadAllAsync(Stream content, ImportLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var buffer = new BoundedBuffer(limits.MaxBytes);
            await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return (buffer.ToArray(), null);
        }
        catch (Exception problem) when (IsReadProblem(problem))
        {
            return (null, ReadFailed(problem, limits));
        }
    }

    private static bool IsReadProblem(Exception problem) =>
        problem is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException;

    private static ImportError ReadFailed(Exception problem, ImportLimits limits) =>
        problem is BoundedBuffer.TooLargeException
            ? FileError($"不超过{limits.MaxBytes}字节的文件", $"a file of at most {limits.MaxBytes} bytes", "a larger file")
            : FileError("可读取的文件", "a readable file", problem.Message);

    /// <summary>The error for bytes beyond <see cref="ImportLimits.MaxBytes"/>, or null when they are within it.</summary>
    internal static ImportError? TooLarge(byte[] bytes, ImportLimits limits) =>
        bytes.LongLength > limits.MaxBytes
            ? FileError($"不超过{limits.MaxBytes}字节的文件", $"a file of at most {limits.MaxBytes} bytes", $"{bytes.LongLength} bytes")
            : null;

    public static ImportResult Import(byte[] bytes, string fileName, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (TooLarge(bytes, limits) is { } tooLarge)
        {
            return ImportResult.Failed(FormFileFormat.Unknown, tooLarge);
        }

        var format = FormatOf(fileName, bytes);

        try
        {
            return format switch
            {
                FormFileFormat.Xlsx => XlsxFormImporter.Import(bytes, limits),
                FormFileFormat.Json => JsonFormImporter.Import(TextEncodings.SkipBom(bytes), limits),
                FormFileFormat.PdfText => ImportText(bytes, limits),
                FormFileFormat.Pdf => PdfFormImporter.Import(bytes, limits),
                FormFileFormat.Docx => DocxFormImporter.Import(bytes, limits),
                _ => ImportResult.Failed(FormFileFormat.Unknown, FileError(
                    ".pdf、.docx、.xlsx、.txt（自评表PDF文本）或.json文件", "a .pdf, .docx, .xlsx, .txt (form text from the PDF) or .json file", Describe(fileName, bytes))),
            };
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // A defect, not bad input; reported as an error all the same so that no caller sees an exception.
            return ImportResult.Failed(format, FileError("可导入的文件", "an importable file", $"{problem.GetType().Name}: {problem.Message}"));
        }
    }

    /// <summary>
    /// The format by the file's extension, confirmed by its content: a PDF or an Office file is told by its bytes
    /// whatever its name says (a .txt that is a PDF, a .xlsx that is a Word document); text keeps its extension.
    /// </summary>
    public static FormFileFormat FormatOf(string fileName, byte[] bytes)
    {
        var sniffed = Sniff(bytes);
        return sniffed is FormFileFormat.Pdf or FormFileFormat.Docx or FormFileFormat.Xlsx ? sniffed : FormatOf(fileName) is var named and not FormFileFormat.Unknown ? named : sniffed;
    }

    public static FormFileFormat FormatOf(string fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
    {
        ".txt" => FormFileFormat.PdfText,
        ".xlsx" => FormFileFormat.Xlsx,
        ".json" => FormFileFormat.Json,
        ".pdf" => FormFileFormat.Pdf,
        ".docx" => FormFileFormat.Docx,
        _ => FormFileFormat.Unknown,
    };

    /// <summary>
    /// "%PDF-" means a PDF; a zip with word/document.xml a Word document, any other zip an Excel workbook; a leading
    /// { or [ means JSON; a form's title means text.
    /// </summary>
    public static FormFileFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return FormFileFormat.Pdf;
        }

        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            return ZipArchives.Holds(bytes.ToArray(), "word/document.xml") ? FormFileFormat.Docx : FormFileFormat.Xlsx;
        }

        var text = TextEncodings.SkipBom(bytes);
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (first >= 0 && text[first] is (byte)'{' or (byte)'[')
        {
            return FormFileFormat.Json;
        }

        return TextEncodings.Contains(text, FormTitles.Marker) ? FormFileFormat.PdfText : FormFileFormat.Unknown;
    }

    private static ImportResult ImportText(byte[] bytes, ImportLimits limits) =>
        TextEncodings.Decode(bytes) is { } text
            ? PdfTextFormImporter.Import(text, limits)
            : ImportResult.Failed(FormFileFormat.PdfText, FileError("UTF-8或GB18030编码的文本", "UTF-8 or GB18030 text", "bytes that neither encoding reads"));

    internal static string Describe(string fileName, byte[] bytes) =>
        $"{(string.IsNullOrEmpty(fileName) ? "(no name)" : Path.GetFileName(fileName))}, {bytes.Length} bytes of unrecognised content";

    internal static ImportError FileError(string expectedZh, string expectedEn, string found) =>
        ImportError.Create("file", expectedZh, expectedEn, found, "文件");
}
