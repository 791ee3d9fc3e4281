namespace PerfEval.Domain.Evaluations.Review;

// The review's events of a form's stream: a task opened for a submission, claimed and released, comments, score
// adjustments, and the three outcomes. Past-tense facts; never edited once stored.

/// <summary>
/// An event that changes a review task's queue entry, of a form's stream or of a target declaration's; it names its
/// task.
/// </summary>
public interface IReviewTaskEvent
{
    Guid TaskId { get; }
}

/// <summary>A review task was opened for a submission; <paramref name="FormKind"/> is the form's (tasks stored before it are projects').</summary>
public sealed record ReviewTaskOpened(
    Guid TaskId,
    Guid EvaluationId,
    int Submission,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    string ProjectName,
    DateOnly? DueDate,
    Forms.FormKind FormKind = Forms.FormKind.Project) : IFormEvent, IReviewTaskEvent;

/// <summary>A reviewer took a review task; the form is now under review and only this reviewer acts on it.</summary>
public sealed record ReviewTaskClaimed(Guid TaskId, Guid EvaluationId, string ReviewerId, string ReviewerName) : IFormEvent, IReviewTaskEvent;

/// <summary>The reviewer holding a task gave it back to the pool.</summary>
public sealed record ReviewTaskReleased(Guid TaskId, Guid EvaluationId, string ReviewerId) : IFormEvent, IReviewTaskEvent;

/// <summary>A reviewer commented, on the whole form or on one indicator (index into the form's indicators).</summary>
public sealed record ReviewCommentAdded(
    Guid EvaluationId, Guid TaskId, Guid CommentId, string Text, int? IndicatorIndex, string ReviewerId, string ReviewerName) : IFormEvent;

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
    string ReviewerName) : IFormEvent;

/// <summary>The reviewer sent the form back to the unit for revision, with reasons; the task is done.</summary>
public sealed record RevisionRequested(Guid EvaluationId, Guid TaskId, IReadOnlyList<string> Reasons, string ReviewerId) : IFormEvent, IReviewTaskEvent;

/// <summary>
/// The reviewer approved the form; the final score and grade are fixed. <paramref name="ChainHead"/>: the link of the
/// last event before the approval, i.e. the exact record approved (null on approvals stored before it was kept).
/// </summary>
public sealed record EvaluationApproved(
    Guid EvaluationId,
    Guid TaskId,
    decimal FinalTotal,
    string FinalGrade,
    string ReviewerId,
    string ReviewerName,
    string? ChainHead = null) : IFormEvent, IReviewTaskEvent;

/// <summary>The reviewer rejected the form, with a reason; the task is done.</summary>
public sealed record EvaluationRejected(Guid EvaluationId, Guid TaskId, string Reason, string ReviewerId) : IFormEvent, IReviewTaskEvent;

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
