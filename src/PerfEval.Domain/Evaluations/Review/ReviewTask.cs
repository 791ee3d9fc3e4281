using PerfEval.Domain.Rectification;
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

    /// <summary>A unit's answer to a rectification notice (问题整改); the task's document is the notice.</summary>
    Rectification,
}

/// <summary>One entry of the reviewers' queue: a submission waiting for (or under) review.</summary>
public sealed record ReviewTask
{
    public required Guid Id { get; init; }

    /// <summary>The reviewed document's id: the form's, for the target kinds the declaration's, for Rectification the notice's.</summary>
    public required Guid EvaluationId { get; init; }

    public ReviewTaskKind Kind { get; init; } = ReviewTaskKind.SelfEvaluation;
    public required int Submission { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>
    /// For a self-evaluation task, whether the form is a project's or the department-wide form; for a rectification
    /// task, the kind of the form the notice is about (a notice about a unit: Project).
    /// </summary>
    public Forms.FormKind FormKind { get; init; } = Forms.FormKind.Project;

    public required ReviewTaskStatus Status { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateOnly? DueDate { get; init; }
    public string? AssigneeId { get; init; }
    public string? AssigneeName { get; init; }
    public DateTimeOffset? DoneAt { get; init; }

    /// <summary>The sample (抽评) that opened a re-check task.</summary>
    public Guid? DrawId { get; init; }

    /// <summary>How the task ended: RevisionRequested, Approved, Rejected, Rechecked, or for Rectification Accepted or Returned.</summary>
    public string? Outcome { get; init; }
}

/// <summary>
/// What one event does to a review task's queue entry: an opening event makes the entry; every later event changes a
/// few of its members and nothing else, whatever the entry held before. So the store applies a later event as an
/// update of those members, without reading the entry first.
/// </summary>
public abstract record ReviewTaskChange(Guid TaskId)
{
    /// <summary>A new entry, open (an entry of the same id is replaced).</summary>
    public sealed record Opened(ReviewTask Task) : ReviewTaskChange(Task.Id);

    /// <summary>Claimed (an assignee) or released (none), with the status that follows.</summary>
    public sealed record Assigned(Guid TaskId, ReviewTaskStatus Status, string? AssigneeId, string? AssigneeName) : ReviewTaskChange(TaskId);

    /// <summary>The review ended: the outcome, when, and the status that follows.</summary>
    public sealed record Ended(Guid TaskId, ReviewTaskStatus Status, string Outcome, DateTimeOffset At) : ReviewTaskChange(TaskId);
}

/// <summary>Folds the events of a review task into its queue entry. Pure; the status is <see cref="FormStatus"/>'s.</summary>
public static class ReviewTaskEvolution
{
    public static ReviewTask? Evolve(ReviewTask? task, IReviewTaskEvent @event, DateTimeOffset at) =>
        Apply(task, ChangeOf(@event, at));

    /// <summary>The change an event makes to its task's entry, or null when it changes nothing.</summary>
    public static ReviewTaskChange? ChangeOf(IReviewTaskEvent @event, DateTimeOffset at)
    {
        // A later event changes an entry that exists; the status it leads to does not depend on the entry's.
        var status = FormStatus.TaskAfter(ReviewTaskStatus.Open, @event) ?? ReviewTaskStatus.Open;
        return @event switch
        {
            ReviewTaskOpened e => new ReviewTaskChange.Opened(Opened(
                e.TaskId, e.EvaluationId, ReviewTaskKind.SelfEvaluation, e.Submission, e.UnitId, e.DepartmentId,
                e.FiscalYear, e.ProjectName, e.DueDate, at) with
            { FormKind = e.FormKind }),
            TargetReviewOpened e => new ReviewTaskChange.Opened(Opened(
                e.TaskId, e.TargetId, e.Kind, e.Submission, e.UnitId, e.DepartmentId, e.FiscalYear, e.ProjectName,
                e.DueDate, at)),
            RecheckTaskOpened e => new ReviewTaskChange.Opened(Opened(
                e.TaskId, e.EvaluationId, ReviewTaskKind.Recheck, e.Submission, e.UnitId, e.DepartmentId, e.FiscalYear,
                e.ProjectName, e.DueDate, at) with
            { DrawId = e.DrawId }),
            RectificationReviewOpened e => new ReviewTaskChange.Opened(Opened(
                e.TaskId, e.RectificationId, ReviewTaskKind.Rectification, e.Round, e.UnitId, e.DepartmentId, e.FiscalYear,
                e.ProjectName, e.DueDate, at) with
            { FormKind = e.FormKind }),
            ReviewTaskClaimed e => new ReviewTaskChange.Assigned(e.TaskId, status, e.ReviewerId, e.ReviewerName),
            TargetReviewClaimed e => new ReviewTaskChange.Assigned(e.TaskId, status, e.ReviewerId, e.ReviewerName),
            RecheckTaskClaimed e => new ReviewTaskChange.Assigned(e.TaskId, status, e.ReviewerId, e.ReviewerName),
            RectificationReviewClaimed e => new ReviewTaskChange.Assigned(e.TaskId, status, e.ReviewerId, e.ReviewerName),
            ReviewTaskReleased or TargetReviewReleased or RecheckTaskReleased or RectificationReviewReleased =>
                new ReviewTaskChange.Assigned(@event.TaskId, status, null, null),
            _ when FormStatus.OutcomeOf(@event) is { } outcome => new ReviewTaskChange.Ended(@event.TaskId, status, outcome, at),
            _ => null,
        };
    }

    /// <summary>An entry after a change; a change to an entry that does not exist leaves none.</summary>
    public static ReviewTask? Apply(ReviewTask? task, ReviewTaskChange? change) => (task, change) switch
    {
        (_, ReviewTaskChange.Opened o) => o.Task,
        (null, _) or (_, null) => task,
        (_, ReviewTaskChange.Assigned a) => task with { Status = a.Status, AssigneeId = a.AssigneeId, AssigneeName = a.AssigneeName },
        (_, ReviewTaskChange.Ended d) => task with { Status = d.Status, Outcome = d.Outcome, DoneAt = d.At },
        _ => task,
    };

    /// <summary>A new queue entry, open, for the task an opening event names.</summary>
    private static ReviewTask Opened(
        Guid taskId, Guid documentId, ReviewTaskKind kind, int submission, string unitId, string departmentId,
        int fiscalYear, string projectName, DateOnly? dueDate, DateTimeOffset at) => new()
        {
            Id = taskId,
            EvaluationId = documentId,
            Kind = kind,
            Submission = submission,
            UnitId = unitId,
            DepartmentId = departmentId,
            FiscalYear = fiscalYear,
            ProjectName = projectName,
            Status = ReviewTaskStatus.Open,
            OpenedAt = at,
            DueDate = dueDate,
        };
}
