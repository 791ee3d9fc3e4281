using Hangfire;

namespace PerfEval.Platform.Jobs;

/// <summary>
/// Runs a year's checks across forms and years (docs/domain-rules.md#checks-across-forms-and-years). The API enqueues
/// it by this interface; the worker's job server runs the implementation it registers.
/// </summary>
public interface ICrossCheckJob
{
    /// <summary>The year's run <paramref name="runId"/>, asked for by POST /api/cross-checks/{year}/run.</summary>
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [10, 60])]
    Task RunAsync(int fiscalYear, Guid runId, CancellationToken ct);
}
