using System.Diagnostics;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfEval.Platform.EventStore;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// Rebuilds every projection from the events (the forms' snapshots, the review queue and the yearly facts) through
/// the daemon that runs them, so a rebuild never races the daemon's own agents. Only where the worker side runs.
/// </summary>
public sealed class ProjectionRebuilder(IServiceProvider services, IDocumentStore store, ILogger<ProjectionRebuilder> logger)
{
    public static IReadOnlyList<Type> Projections { get; } =
        [typeof(EvaluationProjection), typeof(ReviewTaskProjection), typeof(YearlyFormFactsProjection)];

    /// <summary>The shards the daemon runs continuously (async projections), by projection.</summary>
    private static readonly Dictionary<Type, string> ContinuousShards = new()
    {
        [typeof(YearlyFormFactsProjection)] = YearlyFormFactsProjection.ShardName,
    };

    /// <summary>The daemon coordinator exists only in a process that runs the worker side.</summary>
    public bool CanRebuildHere => services.GetService<IProjectionCoordinator>() is not null;

    public async Task<TimeSpan> RebuildAllAsync(CancellationToken ct)
    {
        var coordinator = services.GetService<IProjectionCoordinator>()
            ?? throw new InvalidOperationException("Projections are rebuilt where the async daemon runs: the worker, or an API with PerfEval:RunWorker=true.");
        var daemon = coordinator.DaemonForMainDatabase();
        var watch = Stopwatch.StartNew();
        foreach (var projection in Projections)
        {
            if (projection == typeof(YearlyFormFactsProjection))
            {
                await RebuildYearlyFactsAsync(daemon, store, ct);
            }
            else
            {
                await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(30), ct);
            }

            if (ContinuousShards.TryGetValue(projection, out var shard) && daemon.StatusFor(shard) != AgentStatus.Running)
            {
                // A rebuild leaves the async shard where the rebuild ended; it must follow new events again.
                await daemon.StartAgentAsync(shard, ct);
            }

            logger.LogInformation("Rebuilt projection {Projection} after {Elapsed}", projection.Name, watch.Elapsed);
        }

        return watch.Elapsed;
    }

    /// <summary>
    /// Rebuilds the yearly facts with their tallies suspended (rather than a tally update for each of the rebuild's
    /// writes), then counts the tallies afresh in one statement and resumes them (<see cref="YearlyTallies"/>).
    /// </summary>
    /// <remarks>
    /// The rebuilt facts lie in event order. Nothing reads them by department (the yearly figures read the tallies;
    /// the year report reads the whole year and sorts it), so they are not clustered.
    /// </remarks>
    public static async Task RebuildYearlyFactsAsync(IProjectionDaemon daemon, IDocumentStore store, CancellationToken ct)
    {
        await YearlyTallies.SuspendAsync(store, ct);
        await daemon.RebuildProjectionAsync<YearlyFormFactsProjection>(TimeSpan.FromMinutes(30), ct);
        await YearlyTallies.RecountAsync(store, ct);
    }
}
