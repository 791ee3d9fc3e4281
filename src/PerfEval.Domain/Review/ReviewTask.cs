using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Review;

public enum ReviewTaskStatus
{
    Open,
    Claimed,
    Done,
}

/// <summary>One entry of the reviewers' queue: a submission waiting for (or under) review.</summary>
public sealed record ReviewTask
{
    public required Guid Id { get; init; }
    public required Guid EvaluationId { get; init; }
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

    /// <summary>How the task ended: RevisionRequested, Approved or Rejected.</summary>
    public string? Outcome { get; init; }
}

/// <summary>Folds the events of a review task into its queue entry. Pure.</summary>
public static class ReviewTaskEvolution
{
    /// <summary>The form-stream events that change a queue entry, each naming its task.</summary>
    public static IReadOnlyList<Type> EventTypes { get; } =
    [
        typeof(ReviewTaskOpened), typeof(ReviewTaskClaimed), typeof(ReviewTaskReleased),
        typeof(RevisionRequested), typeof(EvaluationApproved), typeof(EvaluationRejected),
    ];

    public static ReviewTask? Evolve(ReviewTask? task, object @event, DateTimeOffset at) => (task, @event) switch
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
        (not null, ReviewTaskClaimed e) => task with
        {
            Status = ReviewTaskStatus.Claimed, AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName,
        },
        (not null, ReviewTaskReleased) => task with { Status = ReviewTaskStatus.Open, AssigneeId = null, AssigneeName = null },
        (not null, RevisionRequested) => Done(task, "RevisionRequested", at),
        (not null, EvaluationApproved) => Done(task, "Approved", at),
        (not null, EvaluationRejected) => Done(task, "Rejected", at),
        _ => task,
    };

    private static ReviewTask Done(ReviewTask task, string outcome, DateTimeOffset at) =>
        task with { Status = ReviewTaskStatus.Done, Outcome = outcome, DoneAt = at };

    /// <summary>The task an event belongs to.</summary>
    public static Guid TaskIdOf(object @event) => @event switch
    {
        ReviewTaskOpened e => e.TaskId,
        ReviewTaskClaimed e => e.TaskId,
        ReviewTaskReleased e => e.TaskId,
        RevisionRequested e => e.TaskId,
        EvaluationApproved e => e.TaskId,
        EvaluationRejected e => e.TaskId,
        _ => Guid.Empty,
    };
}
