using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Evaluations;

/// <summary>Where a form stands in its review (DESIGN §3).</summary>
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
