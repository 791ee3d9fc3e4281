using ClosedXML.Excel;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Export;

/// <summary>Exports forms to .xlsx in the official layout, one worksheet per form.</summary>
public static class XlsxFormExporter
{
    public static void Export(IReadOnlyList<EvaluationForm> forms, Stream output)
    {
        ArgumentNullException.ThrowIfNull(forms);
        using var workbook = new XLWorkbook();
        for (var i = 0; i < forms.Count; i++)
        {
            var sheet = workbook.AddWorksheet(SheetName(i, forms[i].Header.ProjectName));
            XlsxSheetWriter.Write(sheet, forms[i]);
        }

        if (forms.Count == 0)
        {
            workbook.AddWorksheet("表1");
        }

        workbook.SaveAs(output);
    }

    public static void Export(EvaluationForm form, Stream output) => Export([form], output);

    public static byte[] ToBytes(IReadOnlyList<EvaluationForm> forms)
    {
        using var buffer = new MemoryStream();
        Export(forms, buffer);
        return buffer.ToArray();
    }

    /// <summary>"1 灵活就业工作经费": unique, at most 31 characters, without the characters Excel forbids in sheet names.</summary>
    internal static string SheetName(int index, string projectName)
    {
        var cleaned = new string(projectName.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\' or '\'')).ToArray()).Trim();
        var name = $"{index + 1} {cleaned}".Trim();
        return name.Length > 31 ? name[..31] : name;
    }
}
