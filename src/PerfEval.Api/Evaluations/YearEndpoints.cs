using Marten;
using PerfEval.Api.Auth;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// The fiscal years that have forms the caller may read (a unit its own, a reviewer his departments', management
/// all), so pages open on the latest year with data and year pickers mark the years that have any.
/// </summary>
public static class YearEndpoints
{
    /// <param name="Years">Newest first; empty when the caller can read no form.</param>
    /// <param name="Latest">The newest of them, or null.</param>
    public sealed record FormYears(IReadOnlyList<int> Years, int? Latest);

    public static void MapFormYears(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/years", Get)
            .WithTags("Evaluations")
            .RequireAuthorization(Policies.Authenticated)
            .Produces<FormYears>()
            .WithSummary("The fiscal years that have forms I may read, newest first");
    }

    private static async Task<IResult> Get(HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var scope = EvaluationAccess.ReadScope(http.User.ToActor());
        var years = await EvaluationEndpoints.InScope(session.Query<Evaluation>(), scope)
            .Select(e => e.FiscalYear)
            .Distinct()
            .ToListAsync(ct);
        var newestFirst = years.OrderDescending().ToList();
        return Results.Ok(new FormYears(newestFirst, newestFirst.Count > 0 ? newestFirst[0] : null));
    }
}
