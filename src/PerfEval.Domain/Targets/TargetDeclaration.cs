using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Targets;

public enum TargetStatus
{
    Draft,
    Submitted,
    InReview,
    RevisionRequested,
    Approved,
    Rejected,
}

/// <summary>
/// The current state of one project's target declaration, folded from its stream by <see cref="TargetEvolution"/>.
/// Also the inline snapshot document the API reads.
/// </summary>
public sealed record TargetDeclaration : IStreamSnapshot<TargetDeclaration>
{
    public required Guid Id { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>The working content: the draft, or after approval the latest approved version.</summary>
    public required TargetContent Content { get; init; }

    public required TargetStatus Status { get; init; }
    public string Source { get; init; } = "api";

    /// <summary>How many times the declaration has been submitted.</summary>
    public int Submissions { get; init; }

    /// <summary>The declaration checks' findings at the latest submission.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The review task of the latest submission or adjustment, if one was opened.</summary>
    public ReviewTaskRef? CurrentTask { get; init; }

    public IReadOnlyList<ReviewComment> Comments { get; init; } = [];
    public IReadOnlyList<string> RevisionReasons { get; init; } = [];
    public string? RejectionReason { get; init; }

    /// <summary>The finance bureau's review grade of the targets (优/良/中/差), fixed on approval.</summary>
    public string? ReviewGrade { get; init; }

    /// <summary>Every approved version, oldest first: the approval itself, then each approved adjustment.</summary>
    public IReadOnlyList<ApprovedTargets> Versions { get; init; } = [];

    /// <summary>Every adjustment asked for, oldest first, with how it ended.</summary>
    public IReadOnlyList<TargetAdjustment> Adjustments { get; init; } = [];

    /// <summary>Mid-year monitoring reports, oldest first.</summary>
    public IReadOnlyList<MonitoringEntry> Monitoring { get; init; } = [];

    /// <summary>Stream version of the last event folded in (the HTTP ETag).</summary>
    public long Version { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The link of the last event in the stream's chain (docs/domain-rules.md#tamper-evident-trail).</summary>
    public string? ChainHead { get; init; }

    public string ProjectName => Content.Header.ProjectName;

    public TargetDeclaration AtVersion(long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, string? chainHead) =>
        this with { Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt, ChainHead = chainHead };

    /// <summary>The version in force: the latest approved one (null before approval).</summary>
    public ApprovedTargets? Approved => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>The adjustment waiting for the finance bureau, if any.</summary>
    public TargetAdjustment? PendingAdjustment => Adjustments.FirstOrDefault(a => a.Status == AdjustmentStatus.Pending);

    /// <summary>The latest monitoring report's light (null: none reported).</summary>
    public ExecutionLight? Light => Monitoring.Count == 0 ? null : Monitoring[^1].Assessment.Light;
}

/// <summary>One approved version of the targets.</summary>
/// <param name="Number">1 for the approval, then 2, 3… for each approved adjustment.</param>
/// <param name="Reason">The adjustment's reason; null for the first version.</param>
public sealed record ApprovedTargets(int Number, TargetContent Content, string ApprovedBy, string? Reason);

public enum AdjustmentStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>An adjustment (调整) the unit asked for after approval.</summary>
/// <param name="DecidedBy">The id of the reviewer who approved or rejected it.</param>
public sealed record TargetAdjustment(
    int Number, string Reason, TargetContent Content, AdjustmentStatus Status, string? DecidedBy = null, string? RejectionReason = null);

/// <summary>A monitoring report as stored, with when it was made.</summary>
public sealed record MonitoringEntry(MonitoringReport Report, MonitoringAssessment Assessment);

/// <summary>The approved targets a self-evaluation was made from: the declaration, the version, and its content.</summary>
public sealed record TargetsRef(Guid TargetId, int VersionNumber, TargetContent Content);
