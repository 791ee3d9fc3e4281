namespace PerfEval.Contracts.V1;

/// <summary>A review task was opened for a submission; reviewers of the department are to be told.</summary>
public sealed record ReviewTaskOpenedV1
{
    public required Guid EventId { get; init; }
    public required Guid TaskId { get; init; }
    public required Guid EvaluationId { get; init; }
    public required long StreamVersion { get; init; }
    public required int Submission { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string ProjectName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>
    /// What the reviewed document is: "SelfEvaluation" (a form), "Targets" (a target declaration) or
    /// "TargetAdjustment" (an adjustment of approved targets); <see cref="EvaluationId"/> is that document's id.
    /// Absent in messages of earlier versions, which were all forms.
    /// </summary>
    public string Kind { get; init; } = "SelfEvaluation";
}
