using ClosedXML.Excel;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Export;

/// <summary>Exports target declarations to .xlsx in the official layout, one worksheet per declaration.</summary>
public static class TargetXlsxExporter
{
    public static void Export(IReadOnlyList<TargetContent> declarations, Stream output)
    {
        ArgumentNullException.ThrowIfNull(declarations);
        using var workbook = new XLWorkbook();
        for (var i = 0; i < declarations.Count; i++)
        {
            var sheet = workbook.AddWorksheet(XlsxFormExporter.SheetName(i, declarations[i].Header.ProjectName));
            TargetXlsxSheetWriter.Write(sheet, declarations[i]);
        }

        if (declarations.Count == 0)
        {
            workbook.AddWorksheet("表1");
        }

        workbook.SaveAs(output);
    }

    public static void Export(TargetContent declaration, Stream output) => Export([declaration], output);

    public static byte[] ToBytes(IReadOnlyList<TargetContent> declarations)
    {
        using var buffer = new MemoryStream();
        Export(declarations, buffer);
        return buffer.ToArray();
    }
}
