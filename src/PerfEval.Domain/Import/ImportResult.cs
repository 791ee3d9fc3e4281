using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import;

/// <summary>
/// The forms read from a file and the errors that refused the rest. A form is only returned when every one of its
/// cells was read; a form with an error is left out, never returned half-read (a form cut off by the end of the
/// document is an error here too, and its partial content is in its <see cref="Outcomes"/> entry).
/// </summary>
public sealed record ImportResult(FormFileFormat Format, IReadOnlyList<EvaluationForm> Forms, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0 && Forms.Count > 0;

    /// <summary>Each form found, in document order (readers that find no boundaries give one entry per form read).</summary>
    public IReadOnlyList<FormOutcome> Outcomes { get; init; } = [];

    /// <summary>What the reader passed over because it belongs to no form.</summary>
    public IReadOnlyList<SkippedText> Skipped { get; init; } = [];

    /// <summary>
    /// <see cref="Outcomes"/> when the reader gave them; otherwise one Read entry per form and, when there were errors,
    /// one Refused entry carrying them (the reader could not tell which form they belonged to).
    /// </summary>
    public IReadOnlyList<FormOutcome> PerForm()
    {
        if (Outcomes.Count > 0)
        {
            return Outcomes;
        }

        var outcomes = Forms.Select((f, i) => new FormOutcome(i, FormOutcomeStatus.Read, FormLayouts.Of(Format), $"form {i + 1}", f, null, [], [])).ToList();
        if (Errors.Count > 0)
        {
            outcomes.Add(new FormOutcome(outcomes.Count, FormOutcomeStatus.Refused, FormLayouts.Of(Format), Errors[0].Location, null, null, Errors, []));
        }

        return outcomes;
    }

    public static ImportResult Failed(FormFileFormat format, ImportError error) => new(format, [], [error]);
}

/// <summary>The file formats a form can be imported from.</summary>
public enum FormFileFormat
{
    Unknown,

    /// <summary>Text extracted from the published PDF (several forms per file).</summary>
    PdfText,

    /// <summary>The official layout in Excel, one form per worksheet.</summary>
    Xlsx,

    /// <summary>The HTTP contract's JSON: one form or an array of forms.</summary>
    Json,

    /// <summary>A PDF file with a text layer (the published form itself); its words are put back into lines by position.</summary>
    Pdf,

    /// <summary>A Word document (.docx): its paragraphs and table rows, in document order.</summary>
    Docx,
}
