using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Verification;

/// <summary>
/// A reviewer re-checked (复核) one cell — the budget execution line or an indicator — under a rulebook clause: the
/// verified actual (复核完成值), the verified score (复核得分) the clause gives, the evidence it rests on. Recorded during
/// the submission's review (<paramref name="TaskId"/>: the review task) or a sample's re-check (the re-check task).
/// The unit's claims stay as they were.
/// </summary>
public sealed record RecheckRecorded(
    Guid EvaluationId,
    Guid TaskId,
    ScoreTarget Target,
    string? VerifiedActual,
    decimal? SelfScore,
    decimal VerifiedScore,
    string ClauseCode,
    string ClauseTitle,
    string RulebookRegion,
    int RulebookYear,
    int RulebookVersion,
    IReadOnlyList<Guid> EvidenceIds,
    string? Remark,
    string ReviewerId,
    string ReviewerName) : IFormEvent;

/// <summary>
/// The latest re-check of one cell, as the form's state keeps it. An entry folded from a legacy <c>ScoreAdjusted</c>
/// has no clause (<see cref="ClauseCode"/> null) and its reason as the remark.
/// </summary>
public sealed record RecheckEntry(
    ScoreTarget Target,
    Guid TaskId,
    string? VerifiedActual,
    decimal? SelfScore,
    decimal VerifiedScore,
    string? ClauseCode,
    string? ClauseTitle,
    int? RulebookVersion,
    IReadOnlyList<Guid> EvidenceIds,
    string? Remark,
    string ReviewerId,
    string ReviewerName)
{
    public static RecheckEntry From(RecheckRecorded e) => new(
        e.Target, e.TaskId, e.VerifiedActual, e.SelfScore, e.VerifiedScore, e.ClauseCode, e.ClauseTitle,
        e.RulebookVersion, e.EvidenceIds, e.Remark, e.ReviewerId, e.ReviewerName);

    public static RecheckEntry From(ScoreAdjusted e) => new(
        e.Target, e.TaskId, null, e.ClaimedScore, e.NewScore, null, null, null, [], e.Reason, e.ReviewerId, e.ReviewerName);
}

/// <summary>
/// The reviewer who recorded the latest re-check of a cell withdrew it before the decision: the cell goes back to the
/// unit's claim (<paramref name="SelfScore"/>). <paramref name="VerifiedScore"/>: the score withdrawn, kept for the
/// history. An earlier entry the withdrawn one replaced is not restored.
/// </summary>
public sealed record RecheckWithdrawn(
    Guid EvaluationId,
    Guid TaskId,
    ScoreTarget Target,
    decimal? SelfScore,
    decimal VerifiedScore,
    string ReviewerId,
    string ReviewerName) : IFormEvent;
