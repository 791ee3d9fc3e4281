using Hangfire;
using PerfEval.Api.Auth;
using PerfEval.Platform.Jobs;
using PerfEval.Platform.Yearly;

namespace PerfEval.Api.Admin;

/// <summary>Operations on the read models: rebuild every projection from the events.</summary>
public static class ProjectionAdminEndpoints
{
    public sealed record RebuildResult(string Status, IReadOnlyList<string> Projections, double? ElapsedSeconds);

    public static void MapProjectionAdmin(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/projections/rebuild", Rebuild)
            .WithTags("Admin")
            .RequireAuthorization(Policies.Admin)
            .Produces<RebuildResult>()
            .Produces<RebuildResult>(StatusCodes.Status202Accepted)
            .WithSummary("Rebuild all projections from the events: at once where the daemon runs (200), else as a job (202)");
    }

    private static async Task<IResult> Rebuild(
        ProjectionRebuilder rebuilder, IBackgroundJobClient jobs, CancellationToken ct)
    {
        var names = ProjectionRebuilder.Projections.Select(p => p.Name).ToList();
        if (!rebuilder.CanRebuildHere)
        {
            jobs.Enqueue<IProjectionRebuildJob>(j => j.RunAsync(CancellationToken.None));
            return Results.Accepted(value: new RebuildResult("Queued", names, null));
        }

        var elapsed = await rebuilder.RebuildAllAsync(ct);
        return Results.Ok(new RebuildResult("Rebuilt", names, elapsed.TotalSeconds));
    }
}
