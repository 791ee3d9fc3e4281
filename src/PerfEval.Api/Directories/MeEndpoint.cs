using System.Security.Claims;
using PerfEval.Api.Auth;
using PerfEval.Platform.Directories;

namespace PerfEval.Api.Directories;

/// <summary>
/// GET /api/me: the signed-in person as the platform sees them once the directory has spoken
/// (<see cref="DirectoryClaims"/>): the directory's name, else the token's; the token's roles; the unit and departments
/// the person may see, with their names (the id for an entry the directory lacks).
/// </summary>
public static class MeEndpoint
{
    public sealed record NamedView(string Id, string Name);

    public sealed record MeView(
        string Id, string Name, IReadOnlyList<string> Roles, string? UnitId, string? UnitName, IReadOnlyList<NamedView> Departments);

    public static void MapMe(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", Me)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<MeView>()
            .WithTags("Directory")
            .WithSummary("The signed-in person: name, roles, unit and departments as the directory scopes them");

    private static async Task<IResult> Me(ClaimsPrincipal user, DirectoryStore store, CancellationToken ct)
    {
        var actor = user.ToActor();
        var directory = (await store.ReadAsync(ct)).Directory;
        return Results.Ok(new MeView(
            actor.Id,
            directory.PersonName(actor.Id, user.FindFirstValue(PerfEvalClaims.Name)),
            [.. actor.Roles.Order(StringComparer.Ordinal)],
            actor.UnitId,
            actor.UnitId is { } unit ? directory.UnitName(unit) : null,
            [.. actor.DepartmentIds.Order(StringComparer.Ordinal).Select(d => new NamedView(d, directory.DepartmentName(d)))]));
    }
}
