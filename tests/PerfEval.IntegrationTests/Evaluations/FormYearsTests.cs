using System.Net.Http.Json;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>GET /api/years: the years that have forms the caller may read, newest first, so pages open on one with data.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FormYearsTests(PlatformFixture platform)
{
    private sealed record FormYears(int[] Years, int? Latest);

    [Fact]
    public async Task Each_caller_gets_the_years_of_the_forms_it_may_read_newest_first()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        foreach (var year in new[] { 2019, 2017, 2019 })
        {
            await Forms.CreateDraft(unit, Forms.Sample() with { Header = Forms.Sample().Header with { FiscalYear = year } });
        }

        var own = await unit.GetFromJsonAsync<FormYears>("/api/years");
        var reviewer = await (await platform.ClientFor(TestUser.Reviewer(org.DepartmentId))).GetFromJsonAsync<FormYears>("/api/years");
        var other = TestOrg.New();
        var otherUnit = await (await platform.ClientFor(other.Submitter)).GetFromJsonAsync<FormYears>("/api/years");
        var otherReviewer = await (await platform.ClientFor(TestUser.Reviewer(other.DepartmentId))).GetFromJsonAsync<FormYears>("/api/years");
        var manager = await (await platform.ClientFor(TestUser.Manager())).GetFromJsonAsync<FormYears>("/api/years");

        Assert.Equal([2019, 2017], own!.Years);
        Assert.Equal(2019, own.Latest);
        Assert.Equal([2019, 2017], reviewer!.Years);
        Assert.Empty(otherUnit!.Years);
        Assert.Null(otherUnit.Latest);
        Assert.Empty(otherReviewer!.Years);
        Assert.Contains(2019, manager!.Years);
        Assert.Contains(2017, manager.Years);
        Assert.Equal(manager.Years.OrderDescending(), manager.Years);
        Assert.Equal(manager.Years[0], manager.Latest);
    }
}
