using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Evaluations;

// The unit's and the manager's events of a form's stream (stream id = evaluation id); the review's are in
// Review/ReviewEvents.cs. Past-tense facts; never edited once stored. Who acted, when, and the correlation id
// travel in the event store's metadata, not in these records.

/// <summary>
/// A unit created a draft form (by the API or by importing a file), or from its project's approved targets
/// (<paramref name="FromTargets"/>: the version it was made from, whose cells the form may not change).
/// </summary>
public sealed record EvaluationDrafted(
    Guid EvaluationId,
    string UnitId,
    string DepartmentId,
    EvaluationForm Form,
    string Source,
    TargetsRef? FromTargets = null) : IFormEvent;

/// <summary>The unit replaced the draft's content (allowed in Draft and RevisionRequested).</summary>
public sealed record EvaluationContentReplaced(Guid EvaluationId, EvaluationForm Form) : IFormEvent;

/// <summary>The unit submitted the form; its content is frozen until a revision is requested.</summary>
public sealed record EvaluationSubmitted(
    Guid EvaluationId,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    int Submission) : IFormEvent;

/// <summary>
/// The rule engine scored a submission: its figures and findings beside the unit's claims (which stay as they are).
/// </summary>
public sealed record EvaluationScored(Guid EvaluationId, int Submission, Scorecard Scorecard) : IFormEvent;

/// <summary>A manager published (公开) an approved form.</summary>
public sealed record EvaluationPublished(Guid EvaluationId, string ManagerId) : IFormEvent;

/// <summary>A manager reopened an approved or published form, with a reason; the unit may revise and resubmit.</summary>
public sealed record EvaluationReopened(Guid EvaluationId, string Reason, string ManagerId) : IFormEvent;
