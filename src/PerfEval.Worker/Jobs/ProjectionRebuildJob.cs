using PerfEval.Platform.Jobs;
using PerfEval.Platform.Yearly;

namespace PerfEval.Worker.Jobs;

/// <summary>Rebuilds all projections on the job server, for API nodes that do not run the async daemon.</summary>
public sealed class ProjectionRebuildJob(ProjectionRebuilder rebuilder, ILogger<ProjectionRebuildJob> logger) : IProjectionRebuildJob
{
    public async Task RunAsync(CancellationToken ct)
    {
        var elapsed = await rebuilder.RebuildAllAsync(ct);
        logger.LogInformation("Rebuilt all projections in {Elapsed}", elapsed);
    }
}
