using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Api.Sampling;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Sampling;
using PerfEval.Domain.Verification;
using PerfEval.Domain.Yearly;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.Sampling;

/// <summary>
/// Sampling (抽评) through HTTP: a manager draws from a fresh department's approved forms of a year of the test's own;
/// the draw verifies and redraws offline from its export; the drawn forms' re-check tasks reach the department's
/// reviewer, who claims one; a repeated Idempotency-Key draws once; a reviewer may not draw.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SamplingTests(PlatformFixture platform)
{
    private async Task<(TestOrg Org, TestUser Reviewer, int Year, IReadOnlyList<Guid> Ids)> ApprovedYearAsync(int approved)
    {
        var org = TestOrg.New();
        var year = Lifecycle.OwnYear();
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var unit = await platform.ClientFor(org.Submitter);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var form = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[i].InYear(year));
            ids.Add(form.Id);
            if (i < approved)
            {
                await Lifecycle.ClaimAsync(platform, form.Id, reviewer);
                await Lifecycle.ApproveAsync(platform, form.Id, reviewer, Lifecycle.SeedFinals[i].Total, Lifecycle.SeedFinals[i].Grade);
            }
        }

        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        return (org, reviewer, year, ids);
    }

    private static HttpRequestMessage DrawRequest(int year, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sampling/{year}")
        {
            Content = JsonContent.Create(body, options: Forms.Json),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task A_manager_draws_a_reproducible_sample_whose_recheck_tasks_reach_the_departments_reviewer()
    {
        var (org, reviewerUser, year, ids) = await ApprovedYearAsync(approved: 4);
        var manager = await platform.ClientFor(TestUser.Manager());
        var reviewer = await platform.ClientFor(reviewerUser);

        var response = await manager.SendAsync(DrawRequest(year, new
        {
            departmentIds = new[] { org.DepartmentId },
            statuses = new[] { "Approved" },
            size = 2,
            seed = "2041-抽评-第一批",
        }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draw = await Forms.Read<SamplingEndpoints.DrawView>(response);
        Assert.Equal(4, draw.PopulationCount);                  // the fifth form is still in review
        Assert.Equal(2, draw.SampleCount);
        Assert.Equal("2041-抽评-第一批", draw.Seed);
        Assert.True(draw.SeedGiven);
        Assert.Equal([new StratumAllocation(org.DepartmentId, 4, 2)], draw.Strata);
        Assert.All(draw.Selected, s =>
        {
            Assert.Contains(s.EvaluationId, ids.Take(4));
            Assert.Equal(org.UnitId, s.UnitId);
            Assert.False(string.IsNullOrEmpty(s.ProjectName));
            Assert.True(s.Risk.Score >= 1m);
            Assert.Equal(s.Risk.Base + s.Risk.Amount + s.Risk.Scorecard + s.Risk.CrossForm + s.Risk.Deviation, s.Risk.Score);
            Assert.NotNull(s.Amount);
            Assert.Equal(ReviewTaskStatus.Open, s.TaskStatus);
        });
        Assert.Equal($"/api/sampling/{year}/{draw.Id}", response.Headers.Location?.OriginalString);

        // Verification: the stored population hashes as recorded and redraws the recorded sample.
        var verify = await Forms.Read<SamplingEndpoints.VerifyView>(await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/verify"));
        Assert.True(verify.Matches);
        Assert.True(verify.RedrawMatches);
        Assert.True(verify.StoredPopulationIntact);
        Assert.Equal(draw.PopulationHash, verify.StoredPopulationHash);
        Assert.Equal(4, verify.CurrentPopulationCount);

        // The export redraws offline with the domain's draw alone.
        var exportResponse = await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/export");
        Assert.Equal(HttpStatusCode.OK, exportResponse.StatusCode);
        var export = JsonSerializer.Deserialize<SampleExport>(await exportResponse.Content.ReadAsStringAsync(), SampleExport.Json)!;
        Assert.Equal(4, export.Population.Count);
        Assert.True(SampleVerification.Verify(export).Matches);
        Assert.Equal(draw.Selected.Select(s => s.EvaluationId), export.Sample.Select(s => s.EvaluationId));

        // The re-check tasks are in the reviewer's queue, of their own kind, and can be claimed.
        var tasks = await Eventually.Value(async () =>
        {
            var page = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?pageSize=200"));
            var recheck = page.Items.Where(t => t.Kind == ReviewTaskKind.Recheck && t.DrawId == draw.Id).ToList();
            return recheck.Count == 2 ? recheck : null;
        }, "the draw's re-check tasks in the reviewer's queue");
        Assert.Equal(draw.Selected.Select(s => s.EvaluationId).Order(), tasks.Select(t => t.EvaluationId).Order());
        Assert.All(tasks, t => Assert.Equal(DateOnly.FromDateTime(draw.DrawnAt.UtcDateTime).AddDays(30), t.DueDate));
        var claim = await reviewer.PostAsync($"/api/review-tasks/{tasks[0].Id}/claim", null);
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);

        // Holding the task, the reviewer re-checks indicators[0] under FH-01 (no evidence → 0) and completes the task;
        // the sample's workpaper then holds every drawn form, the re-checked row with its clause.
        var rechecked = tasks[0].EvaluationId;
        var entry = new { target = "indicator", indicatorIndex = 0, clause = "FH-01", remark = "未见支出凭证" };
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync(
            $"/api/evaluations/{rechecked}/review/recheck", new { entries = new[] { entry } }, Forms.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/api/evaluations/{rechecked}/review/recheck/complete", null)).StatusCode);
        var papers = await Forms.Read<List<Workpaper>>(await reviewer.GetAsync($"/api/sampling/{year}/{draw.Id}/workpaper?format=json"));
        Assert.Equal(draw.Selected.Select(s => s.EvaluationId), papers.Select(p => p.EvaluationId));
        var row = papers.Single(p => p.EvaluationId == rechecked).Rows[1];
        Assert.Equal(("indicators[0].score", 0m, "未见支出凭证"), (row.Path, row.VerifiedScore!.Value, row.Remark!));
        Assert.StartsWith("FH-01", row.Clause);
        var xlsx = await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/workpaper");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var projects = workbook.Worksheet("复核底稿").Column(1).CellsUsed().Select(c => c.GetString()).Skip(1).Distinct();
            Assert.Equal(papers.Select(p => p.ProjectName).Distinct().Order(), projects.Where(p => p.Length > 0).Order());
        }

        // The reviewer reads the draw (their department's forms) and the completed task's status.
        var read = await Forms.Read<SamplingEndpoints.DrawView>(await reviewer.GetAsync($"/api/sampling/{year}/{draw.Id}"));
        Assert.Equal(ReviewTaskStatus.Done, read.Selected.Single(s => s.TaskId == tasks[0].Id).TaskStatus);
        Assert.Equal(2, read.Selected.Count);

        // Another department's reviewer reads the draw without its forms.
        var stranger = await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId));
        var hidden = await Forms.Read<SamplingEndpoints.DrawView>(await stranger.GetAsync($"/api/sampling/{year}/{draw.Id}"));
        Assert.Empty(hidden.Selected);
        Assert.Equal(2, hidden.SampleCount);

        // The list of the year's draws.
        var list = await Forms.Read<List<SamplingEndpoints.DrawSummary>>(await manager.GetAsync($"/api/sampling/{year}"));
        Assert.Equal(draw.Id, Assert.Single(list).Id);

        // Forms moved on since (the re-check tasks opened, one form reopened): today's population hashes otherwise
        // (information), the draw itself still verifies.
        await Lifecycle.AppendAsync(platform, ids[0], reviewerUser, _ => [new EvaluationReopened(ids[0], "复核前重新打开", "manager-of-the-test")]);
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        var later = await Forms.Read<SamplingEndpoints.VerifyView>(await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/verify"));
        Assert.True(later.Matches);
        Assert.False(later.CurrentPopulationSame);
        Assert.Equal(3, later.CurrentPopulationCount);
    }

    [Fact]
    public async Task The_same_seed_and_population_draw_the_same_sample_and_a_repeated_key_draws_once()
    {
        var (org, _, year, _) = await ApprovedYearAsync(approved: 5);
        var manager = await platform.ClientFor(TestUser.Manager());
        var body = new { departmentIds = new[] { org.DepartmentId }, share = 0.5m, seed = "same" };

        var first = await manager.SendAsync(DrawRequest(year, body, key: "draw-1"));
        var repeat = await manager.SendAsync(DrawRequest(year, body, key: "draw-1"));
        var reused = await manager.SendAsync(DrawRequest(year, new { departmentIds = new[] { org.DepartmentId }, share = 0.4m }, key: "draw-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var a = await Forms.Read<SamplingEndpoints.DrawView>(first);
        var b = await Forms.Read<SamplingEndpoints.DrawView>(repeat);
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(3, a.SampleCount);                          // half of five, rounded up
        var list = await Forms.Read<List<SamplingEndpoints.DrawSummary>>(await manager.GetAsync($"/api/sampling/{year}"));
        Assert.Single(list);

        // A second draw (another key) with the same seed from the same population: another draw, the same sample.
        var second = await Forms.Read<SamplingEndpoints.DrawView>(await manager.SendAsync(DrawRequest(year, body, key: "draw-2")));
        Assert.NotEqual(a.Id, second.Id);
        // The first draw's re-check tasks gave its forms new versions (so the hash may differ once the facts have them);
        // the keys depend on the seed, the ids and the risks alone, so the same forms are drawn.
        Assert.Equal(a.PopulationCount, second.PopulationCount);
        Assert.Equal(a.Selected.Select(s => s.EvaluationId), second.Selected.Select(s => s.EvaluationId));
        // Its forms already have the first draw's re-check tasks open, so it opens none of its own.
        Assert.All(second.Selected, s => Assert.Null(s.TaskStatus));
    }

    [Fact]
    public async Task A_department_wide_form_approved_in_the_year_is_never_drawn_nor_counted_in_the_population()
    {
        var org = TestOrg.New();
        var year = Lifecycle.OwnYear();
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var unit = await platform.ClientFor(org.Submitter);
        var projects = new List<Guid>();
        for (var i = 0; i < 2; i++)
        {
            var form = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[i].InYear(year));
            await Lifecycle.ClaimAsync(platform, form.Id, reviewer);
            await Lifecycle.ApproveAsync(platform, form.Id, reviewer, Lifecycle.SeedFinals[i].Total, Lifecycle.SeedFinals[i].Grade);
            projects.Add(form.Id);
        }

        var departmentWide = await Lifecycle.SubmitAsync(platform, unit, DepartmentWideSample.Form(year));
        await Lifecycle.ClaimAsync(platform, departmentWide.Id, reviewer);
        await Lifecycle.ApproveAsync(platform, departmentWide.Id, reviewer, 99.38m, "优");
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        var manager = await platform.ClientFor(TestUser.Manager());

        // Every form of the department's year, by share 1: the two projects' forms, not the department-wide one.
        var response = await manager.SendAsync(DrawRequest(year, new { departmentIds = new[] { org.DepartmentId }, share = 1m }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var draw = await Forms.Read<SamplingEndpoints.DrawView>(response);
        Assert.Equal(2, draw.PopulationCount);
        Assert.Equal([new StratumAllocation(org.DepartmentId, 2, 2)], draw.Strata);
        Assert.Equal(projects.Order(), draw.Selected.Select(s => s.EvaluationId).Order());
        var export = JsonSerializer.Deserialize<SampleExport>(
            await (await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/export")).Content.ReadAsStringAsync(), SampleExport.Json)!;
        Assert.DoesNotContain(export.Population, m => m.Id == departmentWide.Id);
        var verify = await Forms.Read<SamplingEndpoints.VerifyView>(await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/verify"));
        Assert.Equal(2, verify.CurrentPopulationCount);

        // Facts folded before forms had a kind carry none (an empty column): those forms are projects, still drawn.
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using (var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var clear = new NpgsqlCommand(
                $"update {store.Options.Schema.For<YearlyFormFacts>()} set kind = null where id = @id", connection);
            clear.Parameters.AddWithValue("id", projects[0]);
            Assert.Equal(1, await clear.ExecuteNonQueryAsync());
        }

        var again = await Forms.Read<SamplingEndpoints.VerifyView>(await manager.GetAsync($"/api/sampling/{year}/{draw.Id}/verify"));
        Assert.Equal(2, again.CurrentPopulationCount);

        // The department-wide form alone is no population: nothing to draw.
        var other = TestOrg.New();
        var otherUnit = await platform.ClientFor(other.Submitter);
        await Lifecycle.SubmitAsync(platform, otherUnit, DepartmentWideSample.Form(year));
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        var empty = await manager.SendAsync(DrawRequest(year, new { departmentIds = new[] { other.DepartmentId }, size = 1 }));
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
    }

    [Fact]
    public async Task Bad_requests_and_an_empty_population_are_refused_in_chinese_and_a_reviewer_may_not_draw()
    {
        var org = TestOrg.New();
        var year = Lifecycle.OwnYear();
        var manager = await platform.ClientFor(TestUser.Manager());

        async Task<(HttpStatusCode Status, string Code, string DetailZh)> Problem(object body)
        {
            var response = await manager.SendAsync(DrawRequest(year, body));
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return (response.StatusCode, problem.GetProperty("code").GetString()!, problem.TryGetProperty("detailZh", out var zh) ? zh.GetString()! : "");
        }

        var both = await Problem(new { size = 2, share = 0.1m });
        Assert.Equal((HttpStatusCode.BadRequest, "sampling.size_or_share"), (both.Status, both.Code));
        Assert.Contains("抽取数量", both.DetailZh);
        Assert.Equal("sampling.size_or_share", (await Problem(new { departmentIds = new[] { org.DepartmentId } })).Code);
        Assert.Equal("sampling.share_out_of_range", (await Problem(new { share = 1.5m })).Code);
        Assert.Equal("sampling.share_out_of_range", (await Problem(new { share = 0m })).Code);
        Assert.Equal("sampling.status_not_drawable", (await Problem(new { size = 1, statuses = new[] { "Draft" } })).Code);
        Assert.Equal("sampling.amount_range", (await Problem(new { size = 1, minAmount = 10, maxAmount = 5 })).Code);
        var empty = await Problem(new { departmentIds = new[] { org.DepartmentId }, size = 3 });
        Assert.Equal((HttpStatusCode.Conflict, "sampling.empty_population"), (empty.Status, empty.Code));
        Assert.Contains("没有可抽取的自评表", empty.DetailZh);

        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var refused = await reviewer.SendAsync(DrawRequest(year, new { size = 1 }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/api/sampling/{year}/{Guid.NewGuid()}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/sampling/{year}/{Guid.NewGuid()}")).StatusCode);
    }
}
