using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Verification;
using PerfEval.Platform.Verification;

namespace PerfEval.Api.Verification;

/// <summary>
/// The rulebooks (复核口径, docs/domain-rules.md#rulebook): reviewers, managers and admins read them; admins save a
/// region and year's next version.
/// </summary>
public static class RulebookEndpoints
{
    public sealed record RulebookInput(IReadOnlyList<RecheckClause?>? Clauses);

    /// <summary>A region and year's version. <paramref name="Source"/>: Exact, EarlierYear (the region's nearest earlier
    /// year answered) or Default (the default region's, or the shipped one).</summary>
    public sealed record RulebookView(
        string Region,
        int Year,
        int Version,
        string RequestedRegion,
        int RequestedYear,
        RulebookSource Source,
        DateTimeOffset? SavedAt,
        string? SavedBy,
        IReadOnlyList<RecheckClause> Clauses);

    public sealed record RulebookSummary(string Region, int Year, int Version, int Clauses, DateTimeOffset? SavedAt, bool InUse);

    public static void MapRulebooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rulebooks").WithTags("Re-check");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.ReviewerManagerOrAdmin)
            .Produces<IReadOnlyList<RulebookSummary>>()
            .WithSummary("Every region and year with its latest rulebook version (the shipped default included)");
        group.MapGet("/{region}/{year:int}", Get)
            .RequireAuthorization(Policies.ReviewerManagerOrAdmin)
            .Produces<RulebookView>()
            .ProducesProblems(400, 404)
            .WithSummary("A region and year's latest rulebook (or ?version=n); without one, the region's nearest earlier " +
                         "year, then the default, saying which answered");
        group.MapPut("/{region}/{year:int}", Put)
            .RequireAuthorization(Policies.Admin)
            .Accepts<RulebookInput>("application/json")
            .Produces<RulebookView>()
            .ProducesProblems(400)
            .WithSummary("Save a region and year's rulebook as its next version (admin); earlier versions stay readable");
    }

    private static async Task<IResult> List(Rulebooks rulebooks, CancellationToken ct) =>
        Results.Ok((await rulebooks.AllLatestAsync(ct))
            .Select(r => new RulebookSummary(r.Region, r.Year, r.Version, r.Clauses.Count, r.SavedAt == default ? null : r.SavedAt, r.Region == rulebooks.Region))
            .ToList());

    private static async Task<IResult> Get(string region, int year, int? version, Rulebooks rulebooks, CancellationToken ct)
    {
        if (Invalid(region, year) is { } invalid)
        {
            return invalid;
        }

        if (version is { } v)
        {
            return await rulebooks.VersionAsync(region, year, v, ct) is { } stored
                ? Results.Ok(View(stored, region, year, RulebookSource.Exact))
                : Problems.Create(StatusCodes.Status404NotFound, "rulebook.version_not_found",
                    $"Rulebook {region} {year} has no version {v}.", $"复核口径 {region} {year} 年没有第 {v} 版。");
        }

        var answer = await rulebooks.LatestAsync(region, year, ct);
        var r = answer.Rulebook;
        return Results.Ok(new RulebookView(
            r.Region, r.Year, r.Version, region, year, answer.Source, answer.Stored?.SavedAt is { } at && at != default ? at : null,
            answer.Stored?.SavedBy, r.Clauses));
    }

    private static async Task<IResult> Put(
        string region, int year, RulebookInput? input, HttpContext http, Rulebooks rulebooks, CancellationToken ct)
    {
        if (Invalid(region, year) is { } invalid)
        {
            return invalid;
        }

        if (RulebookValidation.Errors(input?.Clauses) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors);
        }

        var stored = await rulebooks.SaveNextAsync(
            region, year, RulebookValidation.Normalised(input!.Clauses!), http.User.ToActor().Name, ct);
        return Results.Ok(View(stored, region, year, RulebookSource.Exact));
    }

    private static RulebookView View(StoredRulebook r, string region, int year, RulebookSource source) => new(
        r.Region, r.Year, r.Version, region, year, source, r.SavedAt == default ? null : r.SavedAt, r.SavedBy, r.Clauses);

    /// <summary>A region of lower-case letters, digits and hyphens; a year 0 (the default's) or 2000–2100.</summary>
    private static IResult? Invalid(string region, int year)
    {
        var errors = new Dictionary<string, (string Zh, string En)>();
        if (!RulebookValidation.IsRegion(region))
        {
            errors["region"] = ("地区编码须为小写字母、数字和连字符（不超过 40 字）。", "The region is lower-case letters, digits and hyphens (at most 40).");
        }

        if (year is not (0 or (>= 2000 and <= 2100)))
        {
            errors["year"] = ("年度须在 2000 到 2100 之间（0 为默认口径）。", "The year is 2000 to 2100 (0 for the default rulebook).");
        }

        return errors.Count > 0 ? Problems.Validation(errors) : null;
    }
}
