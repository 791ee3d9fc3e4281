namespace PerfEval.Domain.Evaluations.Review;

// The re-check (复核) task of a form drawn into a sample (抽评): a task of its own kind in the reviewers' queue, apart
// from the submission's review, on a form that is submitted, under review, approved or published. It never changes the
// form's status. Past-tense facts; never edited once stored.

/// <summary>A re-check task was opened for a form drawn in sample <paramref name="DrawId"/>.</summary>
public sealed record RecheckTaskOpened(
    Guid TaskId,
    Guid EvaluationId,
    Guid DrawId,
    int Submission,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    string ProjectName,
    DateOnly? DueDate) : IFormEvent, IReviewTaskEvent;

/// <summary>A reviewer took a re-check task; only this reviewer records the sampled re-check now.</summary>
public sealed record RecheckTaskClaimed(Guid TaskId, Guid EvaluationId, string ReviewerId, string ReviewerName) : IFormEvent, IReviewTaskEvent;

/// <summary>The reviewer holding a re-check task gave it back to the pool.</summary>
public sealed record RecheckTaskReleased(Guid TaskId, Guid EvaluationId, string ReviewerId) : IFormEvent, IReviewTaskEvent;

/// <summary>The reviewer holding a re-check task finished the re-check; the task is done.</summary>
public sealed record RecheckTaskCompleted(Guid TaskId, Guid EvaluationId, string ReviewerId, string ReviewerName) : IFormEvent, IReviewTaskEvent;
