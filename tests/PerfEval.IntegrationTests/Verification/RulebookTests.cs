using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Domain.Verification;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Verification;

/// <summary>The rulebooks (复核口径) over HTTP: the shipped default, an admin's versions, the fallback to an earlier year.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RulebookTests(PlatformFixture platform)
{
    private sealed record View(string Region, int Year, int Version, string RequestedRegion, int RequestedYear, string Source, IReadOnlyList<RecheckClause> Clauses);

    private sealed record Summary(string Region, int Year, int Version, int Clauses, bool InUse);

    private static object Body(params RecheckClause[] extra) =>
        new { clauses = DefaultRulebook.Instance.Clauses.Concat(extra).ToArray() };

    [Fact]
    public async Task An_admin_saves_versions_reviewers_read_the_latest_an_earlier_year_or_the_default_and_may_not_save()
    {
        var region = $"r{Guid.NewGuid():N}"[..12];
        var admin = await platform.ClientFor(TestUser.Admin());
        var reviewer = await platform.ClientFor(TestUser.Reviewer("dept-rulebook"));
        var extra = new RecheckClause("QP-01", "未按期报送，扣减分值的30%", "Late: 30 % deducted", ClauseScope.Indicator, ClauseKind.DeductShare, 0.3m);

        var first = await admin.PutAsJsonAsync($"/api/rulebooks/{region}/2025", Body(), Forms.Json);
        var second = await admin.PutAsJsonAsync($"/api/rulebooks/{region}/2025", Body(extra), Forms.Json);
        var refused = await reviewer.PutAsJsonAsync($"/api/rulebooks/{region}/2025", Body(), Forms.Json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, (await Forms.Read<View>(first)).Version);
        Assert.Equal(2, (await Forms.Read<View>(second)).Version);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var exact = await Forms.Read<View>(await reviewer.GetAsync($"/api/rulebooks/{region}/2025"));
        var later = await Forms.Read<View>(await reviewer.GetAsync($"/api/rulebooks/{region}/2027"));
        var earlier = await Forms.Read<View>(await reviewer.GetAsync($"/api/rulebooks/{region}/2024"));
        var old = await Forms.Read<View>(await reviewer.GetAsync($"/api/rulebooks/{region}/2025?version=1"));
        var missing = await reviewer.GetAsync($"/api/rulebooks/{region}/2025?version=9");

        Assert.Equal((2, "Exact", 12), (exact.Version, exact.Source, exact.Clauses.Count));
        Assert.Equal((region, 2025, 2, "EarlierYear", 2027), (later.Region, later.Year, later.Version, later.Source, later.RequestedYear));
        Assert.Equal(("default", "Default", 11), (earlier.Region, earlier.Source, earlier.Clauses.Count));
        Assert.Equal((1, 11), (old.Version, old.Clauses.Count));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var all = await Forms.Read<List<Summary>>(await reviewer.GetAsync("/api/rulebooks"));
        Assert.Contains(new Summary(region, 2025, 2, 12, false), all);
        Assert.Contains(all, s => s is { Region: "default", InUse: true });
    }

    [Fact]
    public async Task A_rulebook_with_duplicate_codes_bad_shares_missing_titles_or_a_bad_region_is_refused_by_field()
    {
        var admin = await platform.ClientFor(TestUser.Admin());
        var clauses = new[]
        {
            new RecheckClause("FH-01", "无佐证", "", ClauseScope.Any, ClauseKind.Zero),
            new RecheckClause("FH-01", "", "", ClauseScope.Any, ClauseKind.DeductShare, 1.5m),
            new RecheckClause("bad code", "酌情", "", ClauseScope.Any, ClauseKind.Judgement),
        };

        var response = await admin.PutAsJsonAsync("/api/rulebooks/bad-input/2025", new { clauses }, Forms.Json);
        var region = await admin.PutAsJsonAsync("/api/rulebooks/Bad_Region/2025", Body(), Forms.Json);
        var year = await admin.GetAsync("/api/rulebooks/default/1999");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["clauses[1].code", "clauses[1].share", "clauses[1].title", "clauses[2].code"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, region.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, year.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/rulebooks/bad-input/2025")).StatusCode);
        Assert.Equal("Default", (await Forms.Read<View>(await admin.GetAsync("/api/rulebooks/bad-input/2025"))).Source);
    }
}
