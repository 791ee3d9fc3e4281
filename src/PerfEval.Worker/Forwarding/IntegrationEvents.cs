using JasperFx.Events;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
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
    ];

    /// <summary>Whether mapping the event needs the form's snapshot.</summary>
    public static bool NeedsForm(IEvent e) =>
        e.Data is RevisionRequested or EvaluationApproved or EvaluationRejected or EvaluationReopened;

    /// <summary>Whether mapping the event needs the target declaration's snapshot.</summary>
    public static bool NeedsTargets(IEvent e) =>
        e.Data is TargetRevisionRequested or TargetsApproved or TargetsRejected or TargetAdjustmentApproved or TargetAdjustmentRejected;

    public static object? ToContract(IEvent e, Evaluation? form, TargetDeclaration? targets = null) => e.Data switch
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
        ReviewTaskOpened o => new ReviewTaskOpenedV1
        {
            EventId = e.Id,
            TaskId = o.TaskId,
            EvaluationId = o.EvaluationId,
            StreamVersion = e.Version,
            Submission = o.Submission,
            UnitId = o.UnitId,
            DepartmentId = o.DepartmentId,
            FiscalYear = o.FiscalYear,
            ProjectName = o.ProjectName,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
        },
        RevisionRequested r when form is not null => Outcome(e, form, ReviewOutcome.RevisionRequested, r.Reasons),
        EvaluationApproved a when form is not null => Outcome(e, form, ReviewOutcome.Approved, []) with
        {
            FinalTotal = a.FinalTotal,
            FinalGrade = a.FinalGrade,
        },
        EvaluationRejected r when form is not null => Outcome(e, form, ReviewOutcome.Rejected, [r.Reason]),
        EvaluationReopened r when form is not null => Outcome(e, form, ReviewOutcome.Reopened, [r.Reason]),
        TargetReviewOpened o => new ReviewTaskOpenedV1
        {
            EventId = e.Id,
            TaskId = o.TaskId,
            EvaluationId = o.TargetId,
            StreamVersion = e.Version,
            Submission = o.Submission,
            UnitId = o.UnitId,
            DepartmentId = o.DepartmentId,
            FiscalYear = o.FiscalYear,
            ProjectName = o.ProjectName,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
            Kind = o.Kind.ToString(),
        },
        TargetRevisionRequested r when targets is not null => Outcome(e, targets, ReviewTaskKind.Targets, ReviewOutcome.RevisionRequested, r.Reasons),
        TargetsApproved a when targets is not null => Outcome(e, targets, ReviewTaskKind.Targets, ReviewOutcome.Approved, []) with
        {
            FinalGrade = a.Grade,
        },
        TargetsRejected r when targets is not null => Outcome(e, targets, ReviewTaskKind.Targets, ReviewOutcome.Rejected, [r.Reason]),
        TargetAdjustmentApproved when targets is not null => Outcome(e, targets, ReviewTaskKind.TargetAdjustment, ReviewOutcome.Approved, []),
        TargetAdjustmentRejected r when targets is not null => Outcome(e, targets, ReviewTaskKind.TargetAdjustment, ReviewOutcome.Rejected, [r.Reason]),
        _ => null,
    };

    private static ReviewOutcomeV1 Outcome(
        IEvent e, TargetDeclaration targets, ReviewTaskKind kind, ReviewOutcome outcome, IReadOnlyList<string> reasons) =>
        new()
        {
            EventId = e.Id,
            EvaluationId = targets.Id,
            StreamVersion = e.Version,
            Outcome = outcome,
            UnitId = targets.UnitId,
            DepartmentId = targets.DepartmentId,
            FiscalYear = targets.FiscalYear,
            ProjectName = targets.ProjectName,
            Reasons = reasons,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
            Kind = kind.ToString(),
        };

    private static ReviewOutcomeV1 Outcome(IEvent e, Evaluation form, ReviewOutcome outcome, IReadOnlyList<string> reasons) =>
        new()
        {
            EventId = e.Id,
            EvaluationId = form.Id,
            StreamVersion = e.Version,
            Outcome = outcome,
            UnitId = form.UnitId,
            DepartmentId = form.DepartmentId,
            FiscalYear = form.FiscalYear,
            ProjectName = form.ProjectName,
            Reasons = reasons,
            OccurredAt = e.Timestamp,
            CorrelationId = e.CorrelationId,
        };
}
