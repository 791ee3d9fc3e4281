namespace PerfEval.Contracts.V1;

/// <summary>
/// A unit submitted a form. Published once the event is committed to the form's stream; delivered at least once.
/// Consumers deduplicate on (EvaluationId, Submission) and check <see cref="StreamVersion"/>.
/// </summary>
public sealed record EvaluationSubmittedV1
{
    public required Guid EventId { get; init; }
    public required Guid EvaluationId { get; init; }
    public required long StreamVersion { get; init; }
    public required int Submission { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? CorrelationId { get; init; }
}
