namespace PerfEval.Platform.Jobs;

/// <summary>
/// Rebuilds every projection on a job server, where the async daemon runs: what an API node without the daemon
/// enqueues.
/// </summary>
public interface IProjectionRebuildJob
{
    Task RunAsync(CancellationToken ct);
}
