using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Evaluations;

// Domain events of one form's stream (stream id = evaluation id). Past-tense facts; never edited once stored.
// Who acted, when, and the correlation id travel in the event store's metadata, not in these records.

/// <summary>A unit created a draft form (by the API or by importing a file).</summary>
public sealed record EvaluationDrafted(
    Guid EvaluationId,
    string UnitId,
    string DepartmentId,
    EvaluationForm Form,
    string Source);

/// <summary>The unit replaced the draft's content (allowed in Draft and RevisionRequested).</summary>
public sealed record EvaluationContentReplaced(Guid EvaluationId, EvaluationForm Form);

/// <summary>The unit submitted the form; its content is frozen until a revision is requested.</summary>
public sealed record EvaluationSubmitted(
    Guid EvaluationId,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    int Submission);

/// <summary>A review task was opened for a submission.</summary>
public sealed record ReviewTaskOpened(
    Guid TaskId,
    Guid EvaluationId,
    int Submission,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    string ProjectName,
    DateOnly? DueDate);
