using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Imports .xlsx files in the official layout, one form per worksheet (the template's instructions sheet is skipped).
/// The zip is measured before ClosedXML opens it, and every library exception becomes an <see cref="ImportError"/>.
/// </summary>
public static class XlsxFormImporter
{
    private static readonly SheetWording Wording = new(
        "自评表版式的工作表", "a worksheet in the form's layout", "至少一张自评表工作表", "at least one worksheet with a form", "forms");

    public static ImportResult Import(byte[] content, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var (forms, errors) = XlsxWorkbookReader.ReadSheets<EvaluationForm>(content, limits, Wording, sheet =>
        {
            var reader = new XlsxSheetReader(sheet, limits);
            return (reader.Read(), reader.Errors);
        });
        return new ImportResult(FormFileFormat.Xlsx, forms, errors);
    }
}
