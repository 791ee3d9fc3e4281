using ClosedXML.Excel;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>Workbooks changed as a person would change them in their spreadsheet program before importing.</summary>
internal static class TestWorkbooks
{
    /// <summary>The workbook with <paramref name="edit"/> applied to its worksheet number <paramref name="sheet"/> (from 1).</summary>
    public static byte[] Edit(byte[] workbookBytes, Action<IXLWorksheet> edit, int sheet = 1)
    {
        using var workbook = new XLWorkbook(new MemoryStream(workbookBytes));
        edit(workbook.Worksheet(sheet));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }
}
