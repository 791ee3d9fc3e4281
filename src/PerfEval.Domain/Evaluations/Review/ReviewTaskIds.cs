using PerfEval.Domain.Common;

namespace PerfEval.Domain.Evaluations.Review;

/// <summary>
/// A review task's id is derived from the form and the submission number, so that a redelivered message
/// can never open a second task for the same submission.
/// </summary>
public static class ReviewTaskIds
{
    public static Guid For(Guid evaluationId, int submission) =>
        DeterministicGuid.From($"review-task:{evaluationId:N}:{submission}");
}
