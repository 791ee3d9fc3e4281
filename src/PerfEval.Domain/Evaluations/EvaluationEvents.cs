using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

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

/// <summary>
/// The rule engine scored a submission: its figures and findings beside the unit's claims (which stay as they are).
/// </summary>
public sealed record EvaluationScored(Guid EvaluationId, int Submission, Scorecard Scorecard);

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

/// <summary>A reviewer took a review task; the form is now under review and only this reviewer acts on it.</summary>
public sealed record ReviewTaskClaimed(Guid TaskId, Guid EvaluationId, string ReviewerId, string ReviewerName);

/// <summary>The reviewer holding a task gave it back to the pool.</summary>
public sealed record ReviewTaskReleased(Guid TaskId, Guid EvaluationId, string ReviewerId);

/// <summary>A reviewer commented, on the whole form or on one indicator (index into the form's indicators).</summary>
public sealed record ReviewCommentAdded(
    Guid EvaluationId, Guid TaskId, Guid CommentId, string Text, int? IndicatorIndex, string ReviewerId, string ReviewerName);

/// <summary>
/// A reviewer set the score of a scored cell (the budget execution line or one indicator). The unit's claim stays
/// as it was and is recorded beside the adjustment.
/// </summary>
public sealed record ScoreAdjusted(
    Guid EvaluationId,
    Guid TaskId,
    ScoreTarget Target,
    decimal? ClaimedScore,
    decimal? PreviousScore,
    decimal NewScore,
    string Reason,
    string ReviewerId,
    string ReviewerName);

/// <summary>The reviewer sent the form back to the unit for revision, with reasons; the task is done.</summary>
public sealed record RevisionRequested(Guid EvaluationId, Guid TaskId, IReadOnlyList<string> Reasons, string ReviewerId);

/// <summary>The reviewer approved the form; the final score and grade are fixed.</summary>
public sealed record EvaluationApproved(
    Guid EvaluationId, Guid TaskId, decimal FinalTotal, string FinalGrade, string ReviewerId, string ReviewerName);

/// <summary>The reviewer rejected the form, with a reason; the task is done.</summary>
public sealed record EvaluationRejected(Guid EvaluationId, Guid TaskId, string Reason, string ReviewerId);

/// <summary>A manager published (公开) an approved form.</summary>
public sealed record EvaluationPublished(Guid EvaluationId, string ManagerId);

/// <summary>A manager reopened an approved or published form, with a reason; the unit may revise and resubmit.</summary>
public sealed record EvaluationReopened(Guid EvaluationId, string Reason, string ManagerId);

/// <summary>A cell that carries a score: the budget execution line, or one indicator by index.</summary>
public sealed record ScoreTarget(ScoreTargetKind Kind, int? IndicatorIndex)
{
    public static ScoreTarget Execution { get; } = new(ScoreTargetKind.Execution, null);

    public static ScoreTarget Indicator(int index) => new(ScoreTargetKind.Indicator, index);

    /// <summary>The cell's path in the form, as findings name cells: <c>funds.total.score</c>, <c>indicators[3].score</c>.</summary>
    public string Path => Kind == ScoreTargetKind.Execution ? "funds.total.score" : $"indicators[{IndicatorIndex}].score";
}

public enum ScoreTargetKind
{
    Execution,
    Indicator,
}
