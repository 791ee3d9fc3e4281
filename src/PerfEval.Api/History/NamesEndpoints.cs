using PerfEval.Api.Auth;
using PerfEval.Domain.History;

namespace PerfEval.Api.History;

/// <summary>
/// GET /api/names: the catalogue of names (<see cref="Names"/>) the web UI shows instead of codes: findings by code,
/// event types by type name, sources (api, import:{format}) and the platform's own actor, each {zh, en}.
/// </summary>
public static class NamesEndpoints
{
    public sealed record NamesView(
        IReadOnlyDictionary<string, Name> Findings,
        IReadOnlyDictionary<string, Name> Events,
        IReadOnlyDictionary<string, Name> Sources,
        IReadOnlyDictionary<string, Name> Actors);

    private static readonly NamesView View = new(Names.Findings, Names.Events, Names.Sources, Names.Actors);

    public static void MapNames(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/names", () => Results.Ok(View))
            .RequireAuthorization(Policies.Authenticated)
            .Produces<NamesView>()
            .WithTags("History")
            .WithSummary("Names of finding codes, event types, sources and actors, in Chinese and English");
}
