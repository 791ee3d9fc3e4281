using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Imports .xlsx files in the official layout of 项目支出绩效目标申报表, one declaration per worksheet (the template's
/// instructions sheet is skipped). Every problem, the library's included, becomes an <see cref="ImportError"/>.
/// </summary>
public static class TargetXlsxImporter
{
    private static readonly SheetWording Wording = new(
        "绩效目标申报表版式的工作表", "a worksheet in the target declaration's layout",
        "至少一张绩效目标申报表工作表", "at least one worksheet with a target declaration", "declarations");

    public static TargetImportResult Import(byte[] content, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var (declarations, errors) = XlsxWorkbookReader.ReadSheets<TargetContent>(content, limits, Wording, sheet =>
        {
            var reader = new TargetXlsxSheetReader(sheet, limits);
            return (reader.Read(), reader.Errors);
        });
        return new TargetImportResult(FormFileFormat.Xlsx, declarations, errors);
    }
}
