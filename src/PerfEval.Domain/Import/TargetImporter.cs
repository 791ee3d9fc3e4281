using PerfEval.Domain.Import.Json;
using PerfEval.Domain.Import.Xlsx;

namespace PerfEval.Domain.Import;

/// <summary>
/// The one entry point for importing target declarations (绩效目标申报表) from a file: .xlsx or .json by extension,
/// otherwise by content. Never throws for bad input: every problem is an <see cref="ImportError"/>.
/// </summary>
public static class TargetImporter
{
    public static TargetImportResult Import(Stream content, string fileName, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        var (bytes, error) = FormImporter.ReadAll(content, limits);
        return bytes is null ? TargetImportResult.Failed(FormFileFormat.Unknown, error!) : Import(bytes, fileName, limits);
    }

    /// <summary>
    /// Reads <paramref name="content"/> asynchronously (an HTTP request body allows no synchronous reads), then imports.
    /// </summary>
    public static async Task<TargetImportResult> ImportAsync(Stream content, string fileName, ImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ImportLimits.Default;
        var (bytes, error) = await FormImporter.ReadAllAsync(content, limits, cancellationToken).ConfigureAwait(false);
        return bytes is null ? TargetImportResult.Failed(FormFileFormat.Unknown, error!) : Import(bytes, fileName, limits);
    }

    public static TargetImportResult Import(byte[] bytes, string fileName, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= ImportLimits.Default;
        if (FormImporter.TooLarge(bytes, limits) is { } tooLarge)
        {
            return TargetImportResult.Failed(FormFileFormat.Unknown, tooLarge);
        }

        var format = FormImporter.FormatOf(fileName);
        if (format == FormFileFormat.Unknown)
        {
            format = FormImporter.Sniff(bytes);
        }

        try
        {
            return format switch
            {
                FormFileFormat.Xlsx => TargetXlsxImporter.Import(bytes, limits),
                FormFileFormat.Json => TargetJsonImporter.Import(TextEncodings.SkipBom(bytes), limits),
                _ => TargetImportResult.Failed(FormFileFormat.Unknown, FormImporter.FileError(
                    ".xlsx或.json格式的绩效目标申报表", "a target declaration as an .xlsx or .json file", FormImporter.Describe(fileName, bytes))),
            };
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // A defect, not bad input; reported as an error all the same so that no caller sees an exception.
            return TargetImportResult.Failed(format, FormImporter.FileError("可导入的文件", "an importable file", $"{problem.GetType().Name}: {problem.Message}"));
        }
    }
}
