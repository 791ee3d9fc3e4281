namespace PerfEval.Platform.Jobs;

public static class JobCorrelation
{
    /// <summary>A fresh id for one run of a job; readable in logs.</summary>
    public static string NewId(string job) => $"{job}-{Guid.NewGuid():N}";
}
