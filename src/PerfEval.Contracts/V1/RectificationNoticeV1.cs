namespace PerfEval.Contracts.V1;

/// <summary>What happened to a rectification notice that its unit is to be told of.</summary>
public enum RectificationStep
{
    /// <summary>The notice was issued.</summary>
    Issued,

    /// <summary>The unit's answer was accepted; the notice is closed.</summary>
    Accepted,

    /// <summary>The unit's answer was returned; the unit answers again.</summary>
    Returned,
}

/// <summary>
/// A rectification notice (问题整改) was issued to a unit, or the unit's answer was accepted or returned. The unit's answer
/// itself travels as <see cref="ReviewTaskOpenedV1"/> of kind "Rectification", to the department's reviewers.
/// </summary>
public sealed record RectificationNoticeV1
{
    public required Guid EventId { get; init; }
    public required Guid RectificationId { get; init; }
    public required long StreamVersion { get; init; }
    public required RectificationStep Step { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>The form's project name, or the unit's name for a notice about the unit.</summary>
    public required string Subject { get; init; }

    /// <summary>The date the unit's (next) answer is due.</summary>
    public required DateOnly Deadline { get; init; }

    public int Problems { get; init; }

    /// <summary>The reviewer's comment on an acceptance, or the reason of a return.</summary>
    public string? Remark { get; init; }

    public string? ByName { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public string? CorrelationId { get; init; }
}
