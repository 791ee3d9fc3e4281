using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Rectification;

// The events of a rectification notice's stream (问题整改, docs/domain-rules.md#rectification). Past-tense facts; never
// edited once stored. Who acted, when, and the correlation id travel in the event store's metadata.

/// <summary>
/// An event of a rectification notice's stream. The event store registers every type that implements it, so that
/// stored events are read by their name whatever namespace their type lives in.
/// </summary>
public interface IRectificationEvent
{
    Guid RectificationId { get; }

    /// <summary>Every event type of a rectification notice's stream, in the domain's assembly.</summary>
    static IReadOnlyList<Type> Types { get; } = typeof(IRectificationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRectificationEvent).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();
}

/// <summary>
/// A reviewer or manager issued a rectification notice to a unit: about one of its forms (<paramref name="EvaluationId"/>)
/// or about the unit as a whole (null), with the problems, what is required and the deadline.
/// </summary>
/// <param name="Subject">What the notice is about, as people read it: the form's project name, or the unit's name.</param>
/// <param name="FormKind">The form's kind; null for a notice about the unit (and for notices issued before it was kept: projects' forms).</param>
public sealed record RectificationIssued(
    Guid RectificationId,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    Guid? EvaluationId,
    string Subject,
    string UnitName,
    IReadOnlyList<RectificationProblem> Problems,
    string Requirement,
    DateOnly Deadline,
    string IssuedById,
    string IssuedByName,
    Forms.FormKind? FormKind = null) : IRectificationEvent;

/// <summary>The unit answered the notice (round 1, 2… after each return): the measures taken and the evidence.</summary>
public sealed record RectificationAnswered(
    Guid RectificationId, int Round, string Measures, IReadOnlyList<RectificationEvidence> Evidence, string AnsweredByName)
    : IRectificationEvent;

/// <summary>The unit's answer opened a review task of kind Rectification in the reviewers' queue.</summary>
public sealed record RectificationReviewOpened(
    Guid TaskId,
    Guid RectificationId,
    int Round,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    string ProjectName,
    DateOnly? DueDate,
    Forms.FormKind FormKind = Forms.FormKind.Project) : IRectificationEvent, IReviewTaskEvent;

/// <summary>A reviewer took the answer's review task.</summary>
public sealed record RectificationReviewClaimed(Guid TaskId, Guid RectificationId, string ReviewerId, string ReviewerName)
    : IRectificationEvent, IReviewTaskEvent;

/// <summary>The reviewer holding the task gave it back to the pool.</summary>
public sealed record RectificationReviewReleased(Guid TaskId, Guid RectificationId, string ReviewerId)
    : IRectificationEvent, IReviewTaskEvent;

/// <summary>The finance bureau accepted the answer: the notice is closed (整改完成).</summary>
public sealed record RectificationAccepted(
    Guid RectificationId, Guid TaskId, int Round, string? Comment, string ReviewerId, string ReviewerName)
    : IRectificationEvent, IReviewTaskEvent;

/// <summary>
/// The finance bureau returned the answer with a reason: the unit answers again, by <paramref name="Deadline"/> (the
/// notice's deadline, or a new one given with the return).
/// </summary>
public sealed record RectificationReturned(
    Guid RectificationId, Guid TaskId, int Round, string Reason, DateOnly Deadline, string ReviewerId, string ReviewerName)
    : IRectificationEvent, IReviewTaskEvent;

/// <summary>
/// One problem of a notice, optionally linked to what the platform found on the form: a finding's code (e.g.
/// <c>INDICATOR_SCORE_MISMATCH</c>) and/or the cell of a re-check entry (e.g. <c>indicators[2].score</c>).
/// </summary>
public sealed record RectificationProblem(string Description, string? FindingCode = null, string? RecheckCell = null);

/// <summary>A piece of evidence of an answer: one of the form's supporting files, by id, with its name.</summary>
public sealed record RectificationEvidence(Guid EvidenceId, string FileName);
