using Microsoft.Extensions.Logging;
using PerfEval.Platform.Yearly;

namespace PerfEval.Platform.Jobs;

/// <summary>Rebuilds all projections on a job server (where the async daemon runs), for API nodes that do not run it.</summary>
public sealed class ProjectionRebuildJob(ProjectionRebuilder rebuilder, ILogger<ProjectionRebuildJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var elapsed = await rebuilder.RebuildAllAsync(ct);
        logger.LogInformation("Rebuilt all projections in {Elapsed}", elapsed);
    }
}
