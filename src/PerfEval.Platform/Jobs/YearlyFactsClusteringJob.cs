using Marten;
using Microsoft.Extensions.Logging;
using PerfEval.Platform.Yearly;

namespace PerfEval.Platform.Jobs;

/// <summary>
/// Clusters the yearly facts by department again each night: the daemon rewrites a form's facts wherever there is
/// room, so the order the last rebuild left fades as the year's forms change (see <see cref="YearlyFactsLayout"/>).
/// The table is locked for the seconds the rewrite takes.
/// </summary>
public sealed class YearlyFactsClusteringJob(IDocumentStore store, ILogger<YearlyFactsClusteringJob> logger)
{
    public const string RecurringId = "yearly-facts-clustering";

    public async Task RunAsync(CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await YearlyFactsLayout.ClusterByDepartmentAsync(store, ct);
        logger.LogInformation("Clustered the yearly facts by department in {Elapsed}", watch.Elapsed);
    }
}
