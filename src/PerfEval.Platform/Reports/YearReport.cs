using PerfEval.Platform.Jobs;

namespace PerfEval.Platform.Reports;

public enum YearReportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>A year-end report: asked for (or scheduled), then built by a job; its files are a separate document.</summary>
public sealed record YearReport
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required YearReportStatus Status { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public required string CorrelationId { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public int Forms { get; init; }
    public string? Error { get; init; }

    /// <summary>A report asked for: the document the report job will complete.</summary>
    public static YearReport Queued(Guid id, int fiscalYear, string requestedBy, DateTimeOffset at) => new()
    {
        Id = id,
        FiscalYear = fiscalYear,
        Status = YearReportStatus.Queued,
        RequestedBy = requestedBy,
        RequestedAt = at,
        CorrelationId = JobCorrelation.NewId("report"),
    };
}

/// <summary>The built files of a report, kept apart so that listing reports never loads them.</summary>
public sealed record YearReportFile
{
    public required Guid Id { get; init; }
    public required byte[] Xlsx { get; init; }
    public required string Json { get; init; }
}
