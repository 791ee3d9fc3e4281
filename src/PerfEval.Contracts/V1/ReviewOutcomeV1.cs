namespace PerfEval.Contracts.V1;

/// <summary>How a review ended for the unit: sent back for revision, approved, or rejected.</summary>
public enum ReviewOutcome
{
    RevisionRequested,
    Approved,
    Rejected,
    Reopened,
}

/// <summary>A review of a unit's form reached an outcome the unit is to be told of.</summary>
public sealed record ReviewOutcomeV1
{
    public required Guid EventId { get; init; }
    public required Guid EvaluationId { get; init; }
    public required long StreamVersion { get; init; }
    public required ReviewOutcome Outcome { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>Reasons for a revision request, a rejection or a reopening.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public decimal? FinalTotal { get; init; }
    public string? FinalGrade { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>
    /// What the reviewed document is: "SelfEvaluation" (a form), "Targets" (a target declaration) or
    /// "TargetAdjustment" (an adjustment of approved targets); <see cref="EvaluationId"/> is that document's id.
    /// Absent in messages of earlier versions, which were all forms.
    /// </summary>
    public string Kind { get; init; } = "SelfEvaluation";
}
