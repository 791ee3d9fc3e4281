using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Import;

/// <summary>What became of one form found in a document.</summary>
public enum FormOutcomeStatus
{
    /// <summary>Every cell read; the form can be stored.</summary>
    Read,

    /// <summary>The document stops before the form does (cut off, pages missing): what was read is in <see cref="FormOutcome.Partial"/>.</summary>
    Incomplete,

    /// <summary>The form could not be read: <see cref="FormOutcome.Problems"/> say where and why.</summary>
    Refused,
}

/// <summary>
/// One form found in a document: its layout family, where it lies (e.g. "lines 12–88"), and either the form read
/// whole, what was read of a form cut off, or why it was refused. <see cref="Findings"/> are what the reader noticed
/// while reading (an unscored form, a printed total that disagrees with its weights, amounts converted from 元).
/// </summary>
public sealed record FormOutcome(
    int Index,
    FormOutcomeStatus Status,
    string Layout,
    string Location,
    EvaluationForm? Form,
    PartialForm? Partial,
    IReadOnlyList<ImportError> Problems,
    IReadOnlyList<Finding> Findings);

/// <summary>
/// The part of a cut-off form that was read, cell by cell, nothing filled in: a part the document never reached is null
/// (the indicators are the rows read before it stopped).
/// </summary>
public sealed record PartialForm
{
    public string? ProjectName { get; init; }
    public string? CompetentDepartment { get; init; }
    public string? ImplementingUnit { get; init; }
    public int? FiscalYear { get; init; }
    public FundsTable? Funds { get; init; }

    /// <summary>A department-wide form's figures, when it printed them before it stopped.</summary>
    public DepartmentFacts? Department { get; init; }

    public AnnualGoals? Goals { get; init; }
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
}

/// <summary>Text of a document that belongs to no form (a file name, a cover letter, a page number, a footnote).</summary>
public sealed record SkippedText(string Location, string Text);
