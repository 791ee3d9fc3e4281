using JasperFx.Events;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Targets;

namespace PerfEval.Worker.Forwarding;

/// <summary>
/// Which stored domain events go to the bus, and as which contract: a form's, and a target declaration's review
/// tasks and outcomes as the same contracts with their <c>Kind</c>. Contracts are separate from domain events so
/// that the stored history and the wire format can evolve apart. Events that do not name the form's unit take it
/// from the form's snapshot.
/// </summary>
public static class IntegrationEvents
{
    public static IReadOnlyList<Type> ForwardedEventTypes { get; } =
    [
        typeof(EvaluationSubmitted),
        typeof(ReviewTaskOpened),
        typeof(RevisionRequested),
        typeof(EvaluationApproved),
        typeof(EvaluationRejected),
        typeof(EvaluationReopened),
        typeof(TargetReviewOpened),
        typeof(TargetRevisionRequested),
        typeof(TargetsApproved),
        typeof(TargetsRejected),
        typeof(TargetAdjustmentApproved),
        typeof(TargetAdjustmentRejected),
        typeof(RectificationIssued),
        typeof(RectificationReviewOpened),
        typeof(RectificationAccepted),
        typeof(RectificationReturned),
    ];

    /// <summary>Whether mapping the event needs the form's snapshot.</summary>
    public static bool NeedsForm(IEvent e) =>
        e.Data is RevisionRequested or EvaluationApproved or EvaluationRejected or EvaluationReopened;

    /// <summary>Whether mapping the event needs the target declaration's snapshot.</summary>
    public static bool NeedsTargets(IEvent e) =>
        e.Data is TargetRevisionRequested or TargetsApproved or TargetsRejected or TargetAdjustmentApproved or TargetAdjustmentRejected;

    /// <summary>Whether mapping the event needs the rectification notice's snapshot.</summary>
    public static bool NeedsRectification(IEvent e) => e.Data is RectificationAccepted or RectificationReturned;

    public static object? ToContract(IEvent e, Evaluation? form, TargetDeclaration? targets = null, RectificationNotice? notice = null) => e.Data switch
    {
        EvaluationSubmitted s => new EvaluationSubmittedV1
        {
            EventId = e.Id,
            EvaluationId = s.EvaluationId,
            StreamVersion = e.Version,
            Submission = s.Submission,
            UnitId = s.UnitId,
            DepartmentId = s.DepartmentId,
            FiscalYear = s.FiscalYear,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
        },
        ReviewTaskOpened o => TaskOpened(
            e, o.TaskId, o.Submission, new Document(o.EvaluationId, o.UnitId, o.DepartmentId, o.FiscalYear, o.ProjectName, ReviewTaskKind.SelfEvaluation)),
        RevisionRequested r when form is not null => Outcome(e, Of(form), ReviewOutcome.RevisionRequested, r.Reasons),
        EvaluationApproved a when form is not null => Outcome(e, Of(form), ReviewOutcome.Approved, []) with
        {
            FinalTotal = a.FinalTotal,
            FinalGrade = a.FinalGrade,
        },
        EvaluationRejected r when form is not null => Outcome(e, Of(form), ReviewOutcome.Rejected, [r.Reason]),
        EvaluationReopened r when form is not null => Outcome(e, Of(form), ReviewOutcome.Reopened, [r.Reason]),
        TargetReviewOpened o => TaskOpened(
            e, o.TaskId, o.Submission, new Document(o.TargetId, o.UnitId, o.DepartmentId, o.FiscalYear, o.ProjectName, o.Kind)),
        TargetRevisionRequested r when targets is not null => Outcome(e, Of(targets, ReviewTaskKind.Targets), ReviewOutcome.RevisionRequested, r.Reasons),
        TargetsApproved a when targets is not null => Outcome(e, Of(targets, ReviewTaskKind.Targets), ReviewOutcome.Approved, []) with
        {
            FinalGrade = a.Grade,
        },
        TargetsRejected r when targets is not null => Outcome(e, Of(targets, ReviewTaskKind.Targets), ReviewOutcome.Rejected, [r.Reason]),
        TargetAdjustmentApproved when targets is not null => Outcome(e, Of(targets, ReviewTaskKind.TargetAdjustment), ReviewOutcome.Approved, []),
        TargetAdjustmentRejected r when targets is not null => Outcome(e, Of(targets, ReviewTaskKind.TargetAdjustment), ReviewOutcome.Rejected, [r.Reason]),
        RectificationIssued i => new RectificationNoticeV1
        {
            EventId = e.Id,
            RectificationId = i.RectificationId,
            StreamVersion = e.Version,
            Step = RectificationStep.Issued,
            UnitId = i.UnitId,
            DepartmentId = i.DepartmentId,
            FiscalYear = i.FiscalYear,
            Subject = i.Subject,
            Deadline = i.Deadline,
            Problems = i.Problems.Count,
            ByName = i.IssuedByName,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
        },
        RectificationReviewOpened o => TaskOpened(
            e, o.TaskId, o.Round, new Document(o.RectificationId, o.UnitId, o.DepartmentId, o.FiscalYear, o.ProjectName, ReviewTaskKind.Rectification)),
        RectificationAccepted a when notice is not null => Step(e, notice, RectificationStep.Accepted, notice.Deadline, a.Comment, a.ReviewerName),
        RectificationReturned r when notice is not null => Step(e, notice, RectificationStep.Returned, r.Deadline, r.Reason, r.ReviewerName),
        _ => null,
    };

    private static RectificationNoticeV1 Step(
        IEvent e, RectificationNotice notice, RectificationStep step, DateOnly deadline, string? remark, string byName) => new()
        {
            EventId = e.Id,
            RectificationId = notice.Id,
            StreamVersion = e.Version,
            Step = step,
            UnitId = notice.UnitId,
            DepartmentId = notice.DepartmentId,
            FiscalYear = notice.FiscalYear,
            Subject = notice.Subject,
            Deadline = deadline,
            Problems = notice.Problems.Count,
            Remark = remark,
            ByName = byName,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
        };

    /// <summary>What the review messages say about the reviewed document: a form, or a target declaration.</summary>
    private sealed record Document(Guid Id, string UnitId, string DepartmentId, int FiscalYear, string ProjectName, ReviewTaskKind Kind);

    private static Document Of(Evaluation form) =>
        new(form.Id, form.UnitId, form.DepartmentId, form.FiscalYear, form.ProjectName, ReviewTaskKind.SelfEvaluation);

    private static Document Of(TargetDeclaration targets, ReviewTaskKind kind) =>
        new(targets.Id, targets.UnitId, targets.DepartmentId, targets.FiscalYear, targets.ProjectName, kind);

    private static ReviewTaskOpenedV1 TaskOpened(IEvent e, Guid taskId, int submission, Document document) =>
        new()
        {
            EventId = e.Id,
            TaskId = taskId,
            EvaluationId = document.Id,
            StreamVersion = e.Version,
            Submission = submission,
            UnitId = document.UnitId,
            DepartmentId = document.DepartmentId,
            FiscalYear = document.FiscalYear,
            ProjectName = document.ProjectName,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
            Kind = document.Kind.ToString(),
        };

    private static ReviewOutcomeV1 Outcome(IEvent e, Document document, ReviewOutcome outcome, IReadOnlyList<string> reasons) =>
        new()
        {
            EventId = e.Id,
            EvaluationId = document.Id,
            StreamVersion = e.Version,
            Outcome = outcome,
            UnitId = document.UnitId,
            DepartmentId = document.DepartmentId,
            FiscalYear = document.FiscalYear,
            ProjectName = document.ProjectName,
            Reasons = reasons,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
            Kind = document.Kind.ToString(),
        };
}
