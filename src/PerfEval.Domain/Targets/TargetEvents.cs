using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Targets;

// The events of a declaration's stream (stream id = TargetIds.For(unit, year, project)). Past-tense facts; never
// edited once stored. Who acted, when, and the correlation id travel in the event store's metadata.

/// <summary>
/// An event of a declaration's stream. The event store registers every type that implements it, so that stored
/// events are read by their name whatever namespace their type lives in.
/// </summary>
public interface ITargetEvent
{
    Guid TargetId { get; }

    /// <summary>Every event type of a declaration's stream, in the domain's assembly.</summary>
    static IReadOnlyList<Type> Types { get; } = typeof(ITargetEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITargetEvent).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();
}

/// <summary>A unit declared a project's targets as a draft (by the API or by importing a file).</summary>
public sealed record TargetsDrafted(
    Guid TargetId, string UnitId, string DepartmentId, TargetContent Content, string Source) : ITargetEvent;

/// <summary>The unit replaced the draft's content (Draft or RevisionRequested).</summary>
public sealed record TargetsContentReplaced(Guid TargetId, TargetContent Content) : ITargetEvent;

/// <summary>The unit submitted the declaration, with the declaration checks' findings at that moment.</summary>
public sealed record TargetsSubmitted(Guid TargetId, int Submission, IReadOnlyList<Finding> Findings) : ITargetEvent;

/// <summary>A review task was opened: for a submitted declaration, or for an adjustment of approved targets.</summary>
public sealed record TargetReviewOpened(
    Guid TaskId,
    Guid TargetId,
    ReviewTaskKind Kind,
    int Submission,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    string ProjectName,
    DateOnly? DueDate) : ITargetEvent, IReviewTaskEvent;

/// <summary>A reviewer took the declaration's review task.</summary>
public sealed record TargetReviewClaimed(Guid TaskId, Guid TargetId, string ReviewerId, string ReviewerName)
    : ITargetEvent, IReviewTaskEvent;

/// <summary>The reviewer holding the task gave it back to the pool.</summary>
public sealed record TargetReviewReleased(Guid TaskId, Guid TargetId, string ReviewerId) : ITargetEvent, IReviewTaskEvent;

/// <summary>A reviewer commented, on the whole declaration or on one indicator (index into its indicators).</summary>
public sealed record TargetCommentAdded(
    Guid TargetId, Guid TaskId, Guid CommentId, string Text, int? IndicatorIndex, string ReviewerId, string ReviewerName)
    : ITargetEvent;

/// <summary>The reviewer sent the declaration back to the unit, with reasons.</summary>
public sealed record TargetRevisionRequested(Guid TargetId, Guid TaskId, IReadOnlyList<string> Reasons, string ReviewerId)
    : ITargetEvent, IReviewTaskEvent;

/// <summary>The reviewer approved the declaration with a review grade; its content is approved version 1.</summary>
public sealed record TargetsApproved(
    Guid TargetId, Guid TaskId, int VersionNumber, string Grade, string ReviewerId, string ReviewerName)
    : ITargetEvent, IReviewTaskEvent;

/// <summary>The reviewer rejected the declaration, with a reason.</summary>
public sealed record TargetsRejected(Guid TargetId, Guid TaskId, string Reason, string ReviewerId)
    : ITargetEvent, IReviewTaskEvent;

/// <summary>After approval, the unit asked to adjust (调整) the targets, with a reason and the content it asks for.</summary>
public sealed record TargetAdjustmentRequested(Guid TargetId, int Number, string Reason, TargetContent Content) : ITargetEvent;

/// <summary>The reviewer approved an adjustment: its content becomes the next approved version.</summary>
public sealed record TargetAdjustmentApproved(
    Guid TargetId, Guid TaskId, int Number, int VersionNumber, string ReviewerId, string ReviewerName)
    : ITargetEvent, IReviewTaskEvent;

/// <summary>The reviewer rejected an adjustment, with a reason; the approved version stays.</summary>
public sealed record TargetAdjustmentRejected(Guid TargetId, Guid TaskId, int Number, string Reason, string ReviewerId)
    : ITargetEvent, IReviewTaskEvent;

/// <summary>The unit reported mid-year monitoring (运行监控), with the platform's assessment of it.</summary>
public sealed record MonitoringReported(Guid TargetId, MonitoringReport Report, MonitoringAssessment Assessment) : ITargetEvent;
