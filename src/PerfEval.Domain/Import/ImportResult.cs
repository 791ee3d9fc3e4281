using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Import;

/// <summary>
/// The forms read from a file and the errors that refused the rest. A form is only returned when every one of its
/// cells was read; a form with an error is left out, never returned half-read.
/// </summary>
public sealed record ImportResult(FormFileFormat Format, IReadOnlyList<EvaluationForm> Forms, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0 && Forms.Count > 0;

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
}
