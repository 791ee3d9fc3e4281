namespace PerfEval.Domain.Evaluations;

/// <summary>Where a form stands in its review (docs/domain-rules.md#statuses).</summary>
public enum EvaluationStatus
{
    Draft,
    Submitted,
    InReview,
    RevisionRequested,
    Approved,
    Rejected,
    Published,
}
