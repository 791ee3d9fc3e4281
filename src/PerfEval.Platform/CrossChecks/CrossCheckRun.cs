using PerfEval.Domain.Common;

namespace PerfEval.Platform.CrossChecks;

public enum CrossCheckRunStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// The latest run of a year's checks across forms: asked for (or scheduled), then done by the cross-check job. One
/// document per year (<see cref="IdFor"/>); each run has its own <see cref="RunId"/>.
/// </summary>
public sealed record CrossCheckRun
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required Guid RunId { get; init; }
    public required CrossCheckRunStatus Status { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Forms checked.</summary>
    public int Forms { get; init; }

    /// <summary>Findings written.</summary>
    public int Findings { get; init; }

    /// <summary>Findings by code.</summary>
    public IReadOnlyDictionary<string, int> ByCode { get; init; } = new Dictionary<string, int>();

    public string? Error { get; init; }

    public static Guid IdFor(int fiscalYear) => DeterministicGuid.From($"cross-check-run:{fiscalYear}");

    public static CrossCheckRun Queued(int fiscalYear, string requestedBy, DateTimeOffset at) => new()
    {
        Id = IdFor(fiscalYear),
        FiscalYear = fiscalYear,
        RunId = Guid.CreateVersion7(),
        Status = CrossCheckRunStatus.Queued,
        RequestedBy = requestedBy,
        RequestedAt = at,
    };
}
