using System.Net;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Yearly;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.Yearly;
using PerfEval.TestOracles;

namespace PerfEval.IntegrationTests.Yearly;

/// <summary>
/// GET /api/projections/yearly/{year}: the five seed forms of one department (two units), submitted, scored by the
/// consumers and approved with known adjustments; the async projection's figures, exactly; and the same after a rebuild.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class YearlyProjectionTests(PlatformFixture platform)
{
    private async Task<(TestOrg A, TestOrg B, TestUser Reviewer, IReadOnlyList<Guid> Ids)> SeedYearAsync(bool approve)
    {
        var a = TestOrg.New();
        // A prefix of B's id, so A always sorts first (ordinal), whatever the random suffix.
        var b = new TestOrg(a.UnitId + "-b", a.DepartmentId);
        var reviewer = TestUser.Reviewer(a.DepartmentId);
        var unitA = await platform.ClientFor(a.Submitter);
        var unitB = await platform.ClientFor(b.Submitter);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var submitted = await Lifecycle.SubmitAsync(platform, i < 3 ? unitA : unitB, Lifecycle.SeedForms[i]);
            ids.Add(submitted.Id);
        }

        await Lifecycle.ClaimAsync(platform, ids[1], reviewer);
        await Lifecycle.ClaimAsync(platform, ids[4], reviewer);
        if (approve)
        {
            await Lifecycle.AppendAsync(platform, ids[1], reviewer, s =>
            [
                new ScoreAdjusted(ids[1], s.CurrentTask!.TaskId, ScoreTarget.Indicator(13), 2.5m, null, 2.4m, "超出部分达成档次上限", reviewer.Id, reviewer.Name),
            ]);
            await Lifecycle.AppendAsync(platform, ids[4], reviewer, s =>
            [
                new ScoreAdjusted(ids[4], s.CurrentTask!.TaskId, ScoreTarget.Indicator(0), 17m, null, 15.91m, "按公式", reviewer.Id, reviewer.Name),
            ]);
            foreach (var i in new[] { 0, 2, 3 })
            {
                await Lifecycle.ClaimAsync(platform, ids[i], reviewer);
            }

            for (var i = 0; i < 5; i++)
            {
                await Lifecycle.ApproveAsync(platform, ids[i], reviewer, Lifecycle.SeedFinals[i].Total, Lifecycle.SeedFinals[i].Grade);
            }
        }

        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        return (a, b, reviewer, ids);
    }

    private async Task<(HttpResponseMessage Response, string Json)> YearlyAsync(HttpClient client, string departmentId)
    {
        var response = await client.GetAsync($"/api/projections/yearly/2024?departmentId={departmentId}");
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Seed_forms_approved_with_known_adjustments_give_exact_yearly_figures()
    {
        var (a, b, _, _) = await SeedYearAsync(approve: true);
        var manager = await platform.ClientFor(TestUser.Manager());

        var (response, json) = await YearlyAsync(manager, a.DepartmentId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = JsonSerializer.Deserialize<YearlyFigures>(json, Forms.Json)!;
        var total = figures.Total;
        Assert.Equal(5, total.Forms);
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 5 }, total.ByStatus);
        Assert.Equal(new BudgetFigures(187.80m, 179.48m, 170.31m, 94.89m), total.Budget);
        Assert.Equal(new ScoreAverages(96.71m, 96.38m, 95.29m), total.Averages);
        Assert.Equal(new Dictionary<string, int> { ["优"] = 5 }, total.ComputedGrades);
        Assert.Equal(new Dictionary<string, int> { ["优"] = 4, ["良"] = 1 }, total.FinalGrades);
        Assert.Equal(
            new Dictionary<string, int>
            {
                [FindingCodes.ClaimAboveRule] = 1,
                [FindingCodes.ClaimOutsideTierBand] = 1,
                [FindingCodes.DeviationReasonMissing] = 3,
                [FindingCodes.ExecutionScoreMismatch] = 1,

                // The seed's projects declared no targets: each form is scored with the warning.
                [FindingCodes.TargetNotApproved] = 5,
            },
            total.FindingsByCode);
        Assert.Equal(10, total.IndicatorsMostOftenBelowWeight.Count);
        Assert.Contains(new IndicatorCount("注册会员卡数", 1), total.IndicatorsMostOftenBelowWeight);
        Assert.Equal(new ReviewerWorkload(0, 0, 0), total.Workload);

        Assert.Equal(a.DepartmentId, Assert.Single(figures.Departments).Key);
        Assert.Equal([a.UnitId, b.UnitId], figures.Units.Select(u => u.Key));
        Assert.Equal([3, 2], figures.Units.Select(u => u.Forms));
        Assert.Equal(new BudgetFigures(126.60m, 118.28m, 116.23m, 98.27m), figures.Units[0].Budget);
        Assert.Equal(new ScoreAverages(96.26m, 95.49m, 92.79m), figures.Units[1].Averages);
    }

    [Fact]
    public async Task Workload_shows_open_and_claimed_review_tasks_before_approval()
    {
        var (a, _, reviewer, _) = await SeedYearAsync(approve: false);
        var client = await platform.ClientFor(reviewer);

        var (response, json) = await YearlyAsync(client, a.DepartmentId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = JsonSerializer.Deserialize<YearlyFigures>(json, Forms.Json)!;
        Assert.Equal(new ReviewerWorkload(Open: 3, Claimed: 2, Overdue: 0), figures.Total.Workload);
        Assert.Equal(
            new Dictionary<string, int> { [nameof(EvaluationStatus.InReview)] = 2, [nameof(EvaluationStatus.Submitted)] = 3 },
            figures.Total.ByStatus);
        Assert.Null(figures.Total.Averages.Final);
    }

    [Fact]
    public async Task Rebuilding_all_projections_gives_the_same_figures()
    {
        var (a, _, _, ids) = await SeedYearAsync(approve: true);
        var manager = await platform.ClientFor(TestUser.Manager());
        var admin = await platform.ClientFor(TestUser.Admin());
        var figures = platform.Services.GetRequiredService<YearlyFiguresQuery>();
        var (_, before) = await YearlyAsync(manager, a.DepartmentId);
        var factsBefore = await FactsAsync(ids);
        var stateBefore = await Lifecycle.LoadAsync(platform, ids[4]);

        // Lose the department's facts, as a faulty deployment might: the figures show it, the rebuild restores them.
        await using (var session = Lifecycle.Store(platform).LightweightSession())
        {
            session.DeleteWhere<YearlyFormFacts>(f => f.DepartmentId == a.DepartmentId);
            await session.SaveChangesAsync();
        }

        figures.Forget();
        var (_, lost) = await YearlyAsync(manager, a.DepartmentId);
        Assert.Equal(0, JsonSerializer.Deserialize<YearlyFigures>(lost, Forms.Json)!.Total.Forms);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync("/api/admin/projections/rebuild", null)).StatusCode);
        var rebuild = await admin.PostAsync("/api/admin/projections/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, rebuild.StatusCode);
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        figures.Forget();
        var (_, after) = await YearlyAsync(manager, a.DepartmentId);

        Assert.Equal(before, after);
        Assert.Equal(factsBefore, await FactsAsync(ids));
        // The tallies recounted by the rebuild give what the rebuilt facts add up to.
        Assert.Equal(
            JsonSerializer.Serialize(await FactsFigures.FromFactsAsync(figures, Lifecycle.Store(platform), 2024, a.DepartmentId, CancellationToken.None), Forms.Json),
            JsonSerializer.Serialize(await figures.ForYearAsync(2024, a.DepartmentId, CancellationToken.None), Forms.Json));
        var stateAfter = await Lifecycle.LoadAsync(platform, ids[4]);
        Assert.Equal(stateBefore!.Version, stateAfter!.Version);
        Assert.Equal(stateBefore.FinalTotal, stateAfter.FinalTotal);
        Assert.Equal(EvaluationStatus.Approved, stateAfter.Status);
    }

    private async Task<string> FactsAsync(IReadOnlyList<Guid> ids)
    {
        await using var session = Lifecycle.Store(platform).QuerySession();
        var facts = await session.LoadManyAsync<YearlyFormFacts>(ids);
        return JsonSerializer.Serialize(facts.OrderBy(f => f.Id), Forms.Json);
    }

    [Fact]
    public async Task Reviewers_see_their_own_departments_only_and_units_nothing()
    {
        var org = TestOrg.New();
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var unit = await platform.ClientFor(org.Submitter);
        var admin = await platform.ClientFor(TestUser.Admin());

        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/projections/yearly/2024?departmentId={org.DepartmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/projections/yearly/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("/api/projections/yearly/2024?departmentId=someone-else")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"/api/projections/yearly/2024?departmentId={org.DepartmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/projections/yearly/2024")).StatusCode);
        var manager = await platform.ClientFor(TestUser.Manager());
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/projections/yearly/2024")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync("/api/projections/yearly/1900")).StatusCode);
    }
}
