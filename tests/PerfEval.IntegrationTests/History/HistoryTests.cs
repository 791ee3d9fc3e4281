using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.History;

/// <summary>GET /api/evaluations/{id}/history: the stored events of a scripted lifecycle, and the state as of a time.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HistoryTests(PlatformFixture platform)
{
    private sealed record Entry(
        long Version, string Type, string Summary, string SummaryEn, JsonElement Data, string? ActorId, string? ActorName,
        string? UserName, DateTimeOffset Timestamp, string? CorrelationId);

    private sealed record HistoryView(Guid EvaluationId, IReadOnlyList<Entry> Events);

    private sealed record StateView(Guid EvaluationId, DateTimeOffset AsOf, long Version, Evaluation? State);

    /// <summary>Draft, submit (scored, task opened by the consumers), claim, adjust, approve.</summary>
    private async Task<(Guid Id, TestOrg Org, TestUser Reviewer, string Correlation)> ScriptedLifecycleAsync()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var correlation = Guid.NewGuid().ToString("N");
        unit.DefaultRequestHeaders.Add("X-Correlation-Id", correlation);
        var form = Lifecycle.SeedForms[4];
        var submitted = await Lifecycle.SubmitAsync(platform, unit, form);
        var id = submitted.Id;
        await Lifecycle.ClaimAsync(platform, id, reviewer);
        await Lifecycle.AppendAsync(platform, id, reviewer, s =>
        [
            new ScoreAdjusted(id, s.CurrentTask!.TaskId, ScoreTarget.Indicator(0), 17m, null, 15.91m, "按公式计算", reviewer.Id, reviewer.Name),
        ]);
        await Lifecycle.ApproveAsync(platform, id, reviewer, 94.91m, "优");
        return (id, org, reviewer, correlation);
    }

    [Fact]
    public async Task History_lists_every_event_in_order_with_summary_actor_time_version_and_correlation()
    {
        var (id, org, reviewer, correlation) = await ScriptedLifecycleAsync();
        var unit = await platform.ClientFor(org.Submitter);

        var response = await unit.GetAsync($"/api/evaluations/{id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var history = await Forms.Read<HistoryView>(response);
        var events = history.Events;
        Assert.Equal(Enumerable.Range(1, 7).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal("EvaluationDrafted", events[0].Type);
        Assert.Equal("EvaluationSubmitted", events[1].Type);
        Assert.Equal(["EvaluationScored", "ReviewTaskOpened"], events.Skip(2).Take(2).Select(e => e.Type).Order());
        Assert.Equal(["ReviewTaskClaimed", "ScoreAdjusted", "EvaluationApproved"], events.Skip(4).Select(e => e.Type));

        var drafted = events[0];
        Assert.Equal(org.Submitter.Id, drafted.ActorId);
        Assert.Equal(org.Submitter.Name, drafted.ActorName);
        Assert.Equal(org.Submitter.Id, drafted.UserName);
        Assert.Equal(correlation, drafted.CorrelationId);
        Assert.Contains("工会会员卡专项资金补贴", drafted.Summary);
        Assert.Equal(org.UnitId, drafted.Data.GetProperty("unitId").GetString());

        Assert.Equal(correlation, events[1].CorrelationId);
        Assert.All(events.Skip(2).Take(2), e => Assert.Equal(Actor.System.Id, e.ActorId));
        Assert.All(events.Skip(2).Take(2), e => Assert.Equal(correlation, e.CorrelationId));

        var adjusted = events[5];
        Assert.Equal(reviewer.Id, adjusted.ActorId);
        Assert.Equal(reviewer.Name, adjusted.ActorName);
        Assert.Equal($"Reviewer {reviewer.Name} adjusted the score of indicator 1 from 17 to 15.91: 按公式计算", adjusted.SummaryEn);
        Assert.Equal("审核人 Reviewer 审核通过：最终得分 94.91，等级 优。", events[6].Summary);
        Assert.Equal(94.91m, events[6].Data.GetProperty("finalTotal").GetDecimal());

        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Timestamp <= p.Second.Timestamp));
        Assert.All(events, e => Assert.NotEqual(default, e.Timestamp));
    }

    [Fact]
    public async Task AsOf_returns_the_state_the_form_had_at_that_time()
    {
        var (id, org, _, _) = await ScriptedLifecycleAsync();
        var manager = await platform.ClientFor(TestUser.Manager());
        var events = (await Forms.Read<HistoryView>(await manager.GetAsync($"/api/evaluations/{id}/history"))).Events;

        async Task<StateView> At(DateTimeOffset time)
        {
            var at = Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));
            var response = await manager.GetAsync($"/api/evaluations/{id}/history?asOf={at}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await Forms.Read<StateView>(response);
        }

        var before = await At(events[0].Timestamp.AddSeconds(-1));
        Assert.Null(before.State);

        var draft = await At(events[0].Timestamp);
        Assert.Equal(EvaluationStatus.Draft, draft.State!.Status);
        Assert.Equal(1, draft.Version);
        Assert.Equal(org.UnitId, draft.State.UnitId);

        var submitted = await At(events[1].Timestamp);
        Assert.Equal(EvaluationStatus.Submitted, submitted.State!.Status);
        Assert.Equal(1, submitted.State.Submissions);

        var inReview = await At(events[5].Timestamp);
        Assert.Equal(EvaluationStatus.InReview, inReview.State!.Status);
        Assert.Equal(15.91m, Assert.Single(inReview.State.Adjustments).NewScore);
        Assert.Null(inReview.State.FinalTotal);

        var now = await At(DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(EvaluationStatus.Approved, now.State!.Status);
        Assert.Equal(94.91m, now.State.FinalTotal);
        Assert.Equal(7, now.Version);
    }

    [Fact]
    public async Task History_is_shown_to_the_forms_readers_only()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var id = await Lifecycle.DraftAsync(unit, Lifecycle.SeedForms[0]);
        var path = $"/api/evaluations/{id}/history";

        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await platform.ClientFor(TestUser.Reviewer(org.DepartmentId))).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await platform.ClientFor(TestUser.Manager())).GetAsync(path)).StatusCode);

        var otherUnit = await platform.ClientFor(TestOrg.New().Submitter);
        var otherReviewer = await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId));
        var admin = await platform.ClientFor(TestUser.Admin());
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherReviewer.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync(path + "?asOf=2030-01-01T00:00:00Z")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/api/evaluations/{Guid.NewGuid()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.AnonymousClient().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_asOf_is_a_validation_problem()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var id = await Lifecycle.DraftAsync(unit, Lifecycle.SeedForms[0]);

        var response = await unit.GetAsync($"/api/evaluations/{id}/history?asOf=yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("asOf", out _));
    }

    [Fact]
    public async Task No_endpoint_edits_or_deletes_the_history()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var admin = await platform.ClientFor(TestUser.Admin());
        var manager = await platform.ClientFor(TestUser.Manager());
        var id = await Lifecycle.DraftAsync(unit, Lifecycle.SeedForms[0]);
        var path = $"/api/evaluations/{id}/history";
        var before = await (await unit.GetAsync(path)).Content.ReadAsStringAsync();

        foreach (var client in new[] { unit, admin, manager })
        {
            foreach (var method in new[] { HttpMethod.Put, HttpMethod.Post, HttpMethod.Patch, HttpMethod.Delete })
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { }) });
                Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            }

            var deleteForm = await client.DeleteAsync($"/api/evaluations/{id}");
            Assert.Equal(HttpStatusCode.MethodNotAllowed, deleteForm.StatusCode);
        }

        Assert.Equal(before, await (await unit.GetAsync(path)).Content.ReadAsStringAsync());
    }
}
