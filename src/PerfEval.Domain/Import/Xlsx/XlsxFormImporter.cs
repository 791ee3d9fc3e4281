using System.IO.Compression;
using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Imports .xlsx files in the official layout, one form per worksheet (the template's instructions sheet is skipped).
/// The zip is measured before ClosedXML opens it, and every library exception becomes an <see cref="ImportError"/>.
/// </summary>
public static class XlsxFormImporter
{
    public static ImportResult Import(byte[] content, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        if (CheckArchive(content, limits) is { } archiveError)
        {
            return ImportResult.Failed(FormFileFormat.Xlsx, archiveError);
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            return ImportResult.Failed(FormFileFormat.Xlsx, WorkbookError("一个可打开的Excel工作簿", "a workbook ClosedXML can open", problem.Message));
        }

        using (workbook)
        {
            var forms = new List<EvaluationForm>();
            var errors = new List<ImportError>();
            foreach (var sheet in workbook.Worksheets)
            {
                if (sheet.Name == XlsxLayout.InstructionsSheet)
                {
                    continue;
                }

                if (forms.Count >= limits.MaxForms || errors.Count >= limits.MaxErrors)
                {
                    errors.Add(WorkbookError($"不超过{limits.MaxForms}个工作表", $"at most {limits.MaxForms} forms", sheet.Name));
                    break;
                }

                try
                {
                    var reader = new XlsxSheetReader(sheet, limits);
                    var form = reader.Read();
                    errors.AddRange(reader.Errors);
                    if (form is not null)
                    {
                        forms.Add(form);
                    }
                }
                catch (Exception problem) when (problem is not OutOfMemoryException)
                {
                    errors.Add(WorkbookError("自评表版式的工作表", "a worksheet in the form's layout", $"{sheet.Name}: {problem.Message}"));
                }
            }

            if (forms.Count == 0 && errors.Count == 0)
            {
                errors.Add(WorkbookError("至少一张自评表工作表", "at least one worksheet with a form", "no worksheet"));
            }

            return new ImportResult(FormFileFormat.Xlsx, forms, errors);
        }
    }

    /// <summary>Refuses archives that are not zips, have too many entries, or expand beyond the limit (zip bombs).</summary>
    private static ImportError? CheckArchive(byte[] content, ImportLimits limits)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                return WorkbookError($"不超过{limits.MaxZipEntries}个压缩条目", $"at most {limits.MaxZipEntries} zip entries", $"{archive.Entries.Count} entries");
            }

            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > limits.MaxUncompressedBytes)
                {
                    return WorkbookError($"解压后不超过{limits.MaxUncompressedBytes}字节", $"at most {limits.MaxUncompressedBytes} bytes uncompressed", $"more than {limits.MaxUncompressedBytes} bytes");
                }
            }

            return archive.GetEntry("[Content_Types].xml") is null
                ? WorkbookError("Excel工作簿（.xlsx）", "an Excel workbook (.xlsx)", "a zip without [Content_Types].xml")
                : null;
        }
        catch (Exception problem) when (problem is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return WorkbookError("Excel工作簿（.xlsx，zip格式）", "an Excel workbook (.xlsx, a zip archive)", problem.Message);
        }
    }

    private static ImportError WorkbookError(string expectedZh, string expectedEn, string found) =>
        ImportError.Create("workbook", expectedZh, expectedEn, found, "工作簿");
}
