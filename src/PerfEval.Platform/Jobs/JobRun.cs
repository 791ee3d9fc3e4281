namespace PerfEval.Platform.Jobs;

/// <summary>What one run of a job did, with the correlation id that ties its log lines to the notifications it wrote.</summary>
public sealed record JobRun(string CorrelationId, DateOnly Today, int Notifications);

public static class JobCorrelation
{
    /// <summary>A fresh id for one run of a job; readable in logs.</summary>
    public static string NewId(string job) => $"{job}-{Guid.NewGuid():N}";
}
