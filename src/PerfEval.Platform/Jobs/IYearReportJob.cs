using Hangfire;

namespace PerfEval.Platform.Jobs;

/// <summary>
/// Builds a queued year-end report. The API enqueues it by this interface; the worker's job server runs the
/// implementation it registers.
/// </summary>
public interface IYearReportJob
{
    /// <remarks>
    /// A failed build is retried soon (after 2, 10 and 30 s, plus the job server's schedule polling) rather than on
    /// Hangfire's default back-off of up to minutes: someone is usually waiting for the file. The report shows
    /// Failed with the error meanwhile, and Running again when the retry starts.
    /// </remarks>
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [2, 10, 30])]
    Task BuildAsync(Guid reportId, CancellationToken ct);
}
