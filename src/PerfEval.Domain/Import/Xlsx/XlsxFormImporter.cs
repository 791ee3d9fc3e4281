using System.Text;
using ClosedXML.Excel;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Domain.Import.Xlsx;

/// <summary>
/// Imports .xlsx files, one worksheet at a time (the template's instructions sheet is skipped):
/// <list type="bullet">
/// <item>a worksheet in the platform's official layout (<see cref="Export.XlsxLayout"/>) is read cell by cell, every
/// bad cell reported with its address;</item>
/// <item>any other worksheet is read like a Word document's tables: its rows become lines
/// (<see cref="TableRowLines"/>) and the layout readers find the forms in them, so a region's own workbook (the central
/// template, Sichuan's, Hubei's, a Shanghai form laid out differently) is read like its PDF. When they read no form
/// either (not even one cut off), the official layout's errors, cell by cell, are the answer.</item>
/// </list>
/// The zip is measured before ClosedXML opens it, and every library exception becomes an <see cref="ImportError"/>.
/// </summary>
public static class XlsxFormImporter
{
    private static readonly SheetWording Wording = new(
        "自评表版式的工作表", "a worksheet in the form's layout", "至少一张自评表工作表", "at least one worksheet with a form", "forms");

    public static ImportResult Import(byte[] content, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var (sheets, errors) = XlsxWorkbookReader.ReadSheets<SheetForms>(content, limits, Wording, sheet => ReadSheet(sheet, limits));
        var forms = sheets.SelectMany(s => s.Forms).ToList();
        if (!sheets.Any(s => s.Regional))
        {
            var plain = new ImportResult(FormFileFormat.Xlsx, forms, errors);
            var read = sheets.SelectMany(s => s.Outcomes).ToList();
            if (read.All(o => o.Findings.Count == 0))
            {
                return plain;
            }

            // Official sheets with findings (one read as an unscored draft) say so per form: an official sheet holds one
            // form, so the forms and the sheets' outcomes go in the same order.
            return plain with
            {
                Outcomes = [.. plain.PerForm().Select(o => o.Form is null ? o : o with { Findings = read[o.Index].Findings })],
            };
        }

        // A regional sheet says per form what became of it: the official sheets' forms join that list as read.
        var outcomes = sheets.SelectMany(s => s.Outcomes).Select((o, i) => o with { Index = i }).ToList();
        return new ImportResult(FormFileFormat.Xlsx, forms, [.. errors, .. sheets.SelectMany(s => s.Errors)])
        {
            Outcomes = outcomes,
            Skipped = [.. sheets.SelectMany(s => s.Skipped)],
        };
    }

    private static (SheetForms? Item, IReadOnlyList<ImportError> Errors) ReadSheet(IXLWorksheet sheet, ImportLimits limits)
    {
        var reader = new XlsxSheetReader(sheet, limits);
        if (reader.Read() is { } form)
        {
            var outcome = new FormOutcome(0, FormOutcomeStatus.Read, FormLayouts.Platform, sheet.Name, form, null, [], reader.Findings);
            return (new SheetForms(false, [form], [outcome], [], []), []);
        }

        var regional = PdfTextFormImporter.Import(LinesOf(sheet, limits), FormFileFormat.Xlsx, limits);
        if (!regional.Outcomes.Any(o => o.Status is FormOutcomeStatus.Read or FormOutcomeStatus.Incomplete))
        {
            return (null, reader.Errors);
        }

        var outcomes = regional.Outcomes.Select(o => o with { Location = $"{sheet.Name}: {o.Location}" }).ToList();
        var skipped = regional.Skipped.Select(s => s with { Location = $"{sheet.Name}: {s.Location}" }).ToList();
        return (new SheetForms(true, regional.Forms, outcomes, regional.Errors, skipped), []);
    }

    /// <summary>The worksheet's rows as lines, each cell as it is displayed, no further than the size limit.</summary>
    private static string LinesOf(IXLWorksheet sheet, ImportLimits limits)
    {
        var lines = new StringBuilder();
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return "";
        }

        foreach (var row in used.Rows())
        {
            if (lines.Length > limits.MaxBytes)
            {
                break;
            }

            TableRowLines.Append(lines, row.Cells().Select(c => c.GetFormattedString()));
        }

        return lines.ToString();
    }

    /// <summary>What one worksheet gave: its forms, and what became of each form found (a regional sheet says more).</summary>
    private sealed record SheetForms(
        bool Regional,
        IReadOnlyList<EvaluationForm> Forms,
        IReadOnlyList<FormOutcome> Outcomes,
        IReadOnlyList<ImportError> Errors,
        IReadOnlyList<SkippedText> Skipped);
}
