using JasperFx.Events;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.Messaging;

/// <summary>
/// Which stored domain events go to the bus, and as which contract. Contracts are separate from domain events so
/// that the stored history and the wire format can evolve apart.
/// </summary>
public static class IntegrationEvents
{
    public static IReadOnlyList<Type> ForwardedEventTypes { get; } =
    [
        typeof(EvaluationSubmitted),
        typeof(ReviewTaskOpened),
    ];

    public static object? ToContract(IEvent e) => e.Data switch
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
        _ => null,
    };
}
