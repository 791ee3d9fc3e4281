using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Evaluations.Review;

public enum ReviewTaskStatus
{
    Open,
    Claimed,
    Done,
}

/// <summary>What a review task asks the reviewer to review: a document type each.</summary>
public enum ReviewTaskKind
{
    /// <summary>A submitted self-evaluation form (自评表).</summary>
    SelfEvaluation,

    /// <summary>A submitted target declaration (绩效目标申报表).</summary>
    Targets,

    /// <summary>An adjustment (调整) of approved targets.</summary>
    TargetAdjustment,

    /// <summary>The finance re-check (复核) of a form drawn in a sample (抽评), apart from its submission's review.</summary>
    Recheck,
}

/// <summary>One entry of the reviewers' queue: a submission waiting for (or under) review.</summary>
public sealed record ReviewTask
{
    public required Guid Id { get; init; }

    /// <summary>The reviewed document's id: the form's, or for the target kinds the declaration's.</summary>
    public required Guid EvaluationId { get; init; }

    public ReviewTaskKind Kind { get; init; } = ReviewTaskKind.SelfEvaluation;
    public required int Submission { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string ProjectName { get; init; }
    public required ReviewTaskStatus Status { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateOnly? DueDate { get; init; }
    public string? AssigneeId { get; init; }
    public string? AssigneeName { get; init; }
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The sample (抽评) that opened a re-check task.</summary>
    public Guid? DrawId { get; init; }

    /// <summary>How the task ended: RevisionRequested, Approved, Rejected, or Rechecked.</summary>
    public string? Outcome { get; init; }
}

/// <summary>Folds the events of a review task into its queue entry. Pure; the status is <see cref="FormStatus"/>'s.</summary>
public static class ReviewTaskEvolution
{
    public static ReviewTask? Evolve(ReviewTask? task, IReviewTaskEvent @event, DateTimeOffset at)
    {
        var next = (task, @event) switch
        {
            (_, ReviewTaskOpened e) => new ReviewTask
            {
                Id = e.TaskId,
                EvaluationId = e.EvaluationId,
                Submission = e.Submission,
                UnitId = e.UnitId,
                DepartmentId = e.DepartmentId,
                FiscalYear = e.FiscalYear,
                ProjectName = e.ProjectName,
                Status = ReviewTaskStatus.Open,
                OpenedAt = at,
                DueDate = e.DueDate,
            },
            (_, TargetReviewOpened e) => new ReviewTask
            {
                Id = e.TaskId,
                EvaluationId = e.TargetId,
                Kind = e.Kind,
                Submission = e.Submission,
                UnitId = e.UnitId,
                DepartmentId = e.DepartmentId,
                FiscalYear = e.FiscalYear,
                ProjectName = e.ProjectName,
                Status = ReviewTaskStatus.Open,
                OpenedAt = at,
                DueDate = e.DueDate,
            },
            (_, RecheckTaskOpened e) => new ReviewTask
            {
                Id = e.TaskId,
                EvaluationId = e.EvaluationId,
                Kind = ReviewTaskKind.Recheck,
                DrawId = e.DrawId,
                Submission = e.Submission,
                UnitId = e.UnitId,
                DepartmentId = e.DepartmentId,
                FiscalYear = e.FiscalYear,
                ProjectName = e.ProjectName,
                Status = ReviewTaskStatus.Open,
                OpenedAt = at,
                DueDate = e.DueDate,
            },
            (null, _) => null,
            (_, RecheckTaskClaimed e) => task with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName },
            (_, RecheckTaskReleased) => task with { AssigneeId = null, AssigneeName = null },
            (_, ReviewTaskClaimed e) => task with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName },
            (_, TargetReviewClaimed e) => task with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName },
            (_, ReviewTaskReleased or TargetReviewReleased) => task with { AssigneeId = null, AssigneeName = null },
            _ when FormStatus.OutcomeOf(@event) is { } outcome => task with { Outcome = outcome, DoneAt = at },
            _ => task,
        };
        return next is null ? null : next with { Status = FormStatus.TaskAfter(next.Status, @event) ?? next.Status };
    }
}
