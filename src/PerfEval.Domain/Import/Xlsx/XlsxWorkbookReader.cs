using ClosedXML.Excel;
using PerfEval.Domain.Export;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>How a workbook reader names what its worksheets hold, in its errors.</summary>
/// <param name="LayoutZh">The kind of worksheet expected, e.g. 自评表版式的工作表.</param>
/// <param name="OneZh">At least one of them, e.g. 至少一张自评表工作表.</param>
/// <param name="ItemsEn">What a worksheet holds, plural, e.g. forms.</param>
internal sealed record SheetWording(string LayoutZh, string LayoutEn, string OneZh, string OneEn, string ItemsEn);

/// <summary>
/// Opens an .xlsx safely and reads it a worksheet at a time (the template's instructions sheet is skipped). The zip
/// is measured before ClosedXML opens it, and every library exception becomes an <see cref="ImportError"/>.
/// </summary>
internal static class XlsxWorkbookReader
{
    /// <summary>The items of the worksheets that read without error, and the errors of the others.</summary>
    public static (List<T> Items, List<ImportError> Errors) ReadSheets<T>(
        byte[] content,
        ImportLimits limits,
        SheetWording wording,
        Func<IXLWorksheet, (T? Item, IReadOnlyList<ImportError> Errors)> readSheet)
        where T : class
    {
        var items = new List<T>();
        var errors = new List<ImportError>();
        if (CheckArchive(content, limits) is { } archiveError)
        {
            errors.Add(archiveError);
            return (items, errors);
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            errors.Add(WorkbookError("一个可打开的Excel工作簿", "a workbook ClosedXML can open", problem.Message));
            return (items, errors);
        }

        using (workbook)
        {
            foreach (var sheet in workbook.Worksheets)
            {
                if (sheet.Name == XlsxLayout.InstructionsSheet)
                {
                    continue;
                }

                if (items.Count >= limits.MaxForms || errors.Count >= limits.MaxErrors)
                {
                    errors.Add(WorkbookError($"不超过{limits.MaxForms}个工作表", $"at most {limits.MaxForms} {wording.ItemsEn}", sheet.Name));
                    break;
                }

                try
                {
                    var (item, sheetErrors) = readSheet(sheet);
                    errors.AddRange(sheetErrors);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }
                catch (Exception problem) when (problem is not OutOfMemoryException)
                {
                    errors.Add(WorkbookError(wording.LayoutZh, wording.LayoutEn, $"{sheet.Name}: {problem.Message}"));
                }
            }

            if (items.Count == 0 && errors.Count == 0)
            {
                errors.Add(WorkbookError(wording.OneZh, wording.OneEn, "no worksheet"));
            }

            return (items, errors);
        }
    }

    /// <summary>Refuses archives that are not zips, have too many entries, or expand beyond the limit (zip bombs).</summary>
    private static ImportError? CheckArchive(byte[] content, ImportLimits limits) =>
        ZipArchives.Check(content, limits, "workbook", "工作簿", "Excel工作簿（.xlsx）", "an Excel workbook (.xlsx)");

    private static ImportError WorkbookError(string expectedZh, string expectedEn, string found) =>
        ImportError.Create("workbook", expectedZh, expectedEn, found, "工作簿");
}
