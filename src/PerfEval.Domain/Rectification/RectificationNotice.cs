using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Rectification;

/// <summary>Where a rectification notice stands.</summary>
public enum RectificationStatus
{
    /// <summary>Issued; waiting for the unit's answer (待整改).</summary>
    Issued,

    /// <summary>The unit answered; waiting for a reviewer (待审核).</summary>
    Answered,

    /// <summary>A reviewer holds the answer's task (审核中).</summary>
    InReview,

    /// <summary>The answer was returned; waiting for the unit's next answer (退回重改).</summary>
    Returned,

    /// <summary>The answer was accepted; the notice is closed (整改完成).</summary>
    Accepted,
}

/// <summary>
/// The current state of one rectification notice (问题整改), folded from its stream by
/// <see cref="RectificationEvolution"/>. Also the inline snapshot document the API reads.
/// </summary>
public sealed record RectificationNotice : IStreamSnapshot<RectificationNotice>
{
    public required Guid Id { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>The form the notice is about; null for a notice about the unit as a whole.</summary>
    public Guid? EvaluationId { get; init; }

    /// <summary>The form's kind, a project's or the department-wide form (部门整体); null for a notice about the unit.</summary>
    public Forms.FormKind? FormKind { get; init; }

    /// <summary>The form's project name, or the unit's name.</summary>
    public required string Subject { get; init; }

    public required string UnitName { get; init; }
    public required IReadOnlyList<RectificationProblem> Problems { get; init; }
    public required string Requirement { get; init; }

    /// <summary>The date the unit's (next) answer is due.</summary>
    public required DateOnly Deadline { get; init; }

    public required string IssuedById { get; init; }
    public required string IssuedByName { get; init; }
    public required RectificationStatus Status { get; init; }

    /// <summary>The unit's answers, oldest first, each with how it was decided.</summary>
    public IReadOnlyList<RectificationRound> Rounds { get; init; } = [];

    /// <summary>The review task of the latest answer.</summary>
    public ReviewTaskRef? CurrentTask { get; init; }

    public long Version { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? ChainHead { get; init; }

    /// <summary>Whether the next step is the unit's (Issued or Returned).</summary>
    public bool AwaitsUnit => Status is RectificationStatus.Issued or RectificationStatus.Returned;

    /// <summary>Whether the notice is still open (not accepted).</summary>
    public bool IsOpen => Status != RectificationStatus.Accepted;

    public RectificationNotice AtVersion(long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, string? chainHead) =>
        this with { Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt, ChainHead = chainHead };
}

/// <summary>How one answer was decided.</summary>
public enum RoundOutcome
{
    Pending,
    Accepted,
    Returned,
}

/// <summary>One answer of the unit and the finance bureau's decision on it.</summary>
public sealed record RectificationRound(
    int Round,
    string Measures,
    IReadOnlyList<RectificationEvidence> Evidence,
    string AnsweredByName,
    RoundOutcome Outcome = RoundOutcome.Pending,
    string? Remark = null,
    string? DecidedByName = null);
