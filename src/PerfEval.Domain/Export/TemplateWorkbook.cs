using ClosedXML.Excel;

namespace PerfEval.Domain.Export;

/// <summary>
/// What the blank templates of both official layouts share: the indicator tree's usual level-1/level-2 headings (one
/// empty row each), the worksheet 表1 with the weights left blank, and the worksheet of instructions.
/// </summary>
internal static class TemplateWorkbook
{
    private static readonly (string Level1, string Level2)[] Skeleton =
    [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("产出指标", "成本指标"),
        ("效益指标", "经济效益指标"), ("效益指标", "社会效益指标"), ("效益指标", "生态效益指标"), ("效益指标", "可持续影响指标"),
        ("满意度指标", "服务对象满意度指标"),
    ];

    /// <summary>One empty indicator row, made by <paramref name="row"/>, under each of the usual headings.</summary>
    public static T[] SkeletonRows<T>(Func<string, string, T> row) => Skeleton.Select(s => row(s.Level1, s.Level2)).ToArray();

    /// <summary>A workbook of the worksheet 表1, which <paramref name="writeSheet"/> fills, and the worksheet of instructions.</summary>
    public static void Write(Stream output, IReadOnlyList<string> instructions, Action<IXLWorksheet> writeSheet)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("表1");
        writeSheet(sheet);

        var instructionsSheet = workbook.AddWorksheet(XlsxLayout.InstructionsSheet);
        for (var i = 0; i < instructions.Count; i++)
        {
            instructionsSheet.Cell(i + 1, 1).SetValue(instructions[i]);
        }

        instructionsSheet.Column(1).Width = 120;
        workbook.SaveAs(output);
    }

    /// <summary>The weights of the first <paramref name="rows"/> rows from the first indicator row are left blank for the unit to fill in.</summary>
    public static void ClearWeights(IXLWorksheet sheet, SheetLayout layout, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            sheet.Cell(layout.FirstIndicatorRow + i, layout.WeightColumn).Clear(XLClearOptions.Contents);
        }
    }

    public static byte[] ToBytes(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return buffer.ToArray();
    }
}
