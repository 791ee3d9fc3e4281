using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PerfEval.FaultTests.Infrastructure;
using PerfEval.Platform.Messaging;

namespace PerfEval.FaultTests;

[Collection(FaultCollection.Name)]
public sealed class DatabaseRestartTests(FaultFixture servers)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task PostgreSQL_restarted_under_load_gives_503_problems_then_everything_resumes()
    {
        await using var scenario = new Scenario(servers);
        await scenario.StartApiAsync();
        var worker = await scenario.StartWorkerAsync("worker-pg");
        using var unit = await scenario.UnitClient();
        using var manager = await scenario.ManagerClient();
        using var anonymous = scenario.Api.CreateClient();
        var ledger = new Ledger(scenario);

        var known = await Scenario.SubmitOneAsync(unit);
        Assert.True((await ledger.WaitUntilAllOnceAsync([known], TimeSpan.FromSeconds(60))).AllOnce([known]));
        await ReportIsBuilt(manager, worker);

        // Load: units keep drafting and submitting through the restart.
        var responses = new ConcurrentBag<Answer>();
        var submitted = new ConcurrentBag<Guid>();
        using var stopLoad = new CancellationTokenSource();
        var load = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stopLoad.IsCancellationRequested)
            {
                await SubmitUnderLoad(unit, responses, submitted);
            }
        })).ToArray();

        await Task.Delay(TimeSpan.FromSeconds(2));
        await servers.Postgres.StopAsync();
        var readiness = new List<HttpStatusCode>();
        try
        {
            var until = DateTime.UtcNow + Outage;
            while (DateTime.UtcNow < until)
            {
                responses.Add(await Answer.Of("read", await unit.GetAsync($"/api/evaluations/{known}")));
                readiness.Add((await anonymous.GetAsync("/health/ready")).StatusCode);
                await Task.Delay(200);
            }
        }
        finally
        {
            await servers.Postgres.StartAgainAsync();
        }

        // The API recovers by itself: reads answer 200 again without any restart of the host.
        await Eventually.Until(async () =>
            {
                var answer = await Answer.Of("read", await unit.GetAsync($"/api/evaluations/{known}"));
                responses.Add(answer);
                return answer.Status == HttpStatusCode.OK;
            }, "the API to read from the restarted database", TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2)); // some load after the restart too
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);

        var all = responses.ToArray();
        var unexpected = all.Where(a => !a.IsSuccess && a.Status != HttpStatusCode.ServiceUnavailable).ToArray();
        Assert.True(unexpected.Length == 0,
            "Answers other than 2xx or 503 around the restart:\n" + string.Join("\n", unexpected.Take(5)));
        var unavailable = all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToArray();
        Assert.NotEmpty(unavailable);
        Assert.All(unavailable, a =>
        {
            Assert.Equal("application/problem+json", a.ContentType);
            Assert.Equal("service.unavailable", a.Code);
            Assert.DoesNotContain("   at ", a.Body);
        });
        Assert.Contains(all, a => a.Kind == "read" && a.Status == HttpStatusCode.ServiceUnavailable);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, readiness);
        await Eventually.Until(async () => (await anonymous.GetAsync("/health/ready")).IsSuccessStatusCode,
            "readiness after the restart", TimeSpan.FromSeconds(60));

        // The async daemon resumes: every form submitted under load (and one after) is taken in exactly once, and
        // every shard catches up with the event store.
        var after = await Scenario.SubmitOneAsync(unit);
        var forms = submitted.Append(known).Append(after).ToArray();
        var counts = await ledger.WaitUntilAllOnceAsync(forms, TimeSpan.FromSeconds(120));
        Assert.True(counts.AllOnce(forms), counts.Describe(forms));
        Assert.False(counts.AnyMoreThanOnce, counts.Describe([.. counts.Tasks.Keys]));
        await DaemonCaughtUp(scenario);

        // No consumer gave up on a message because the database was away: the error queues are empty.
        foreach (var queue in ErrorQueues.For(scenario.Platform))
        {
            Assert.Equal(0u, (await scenario.QueueState(queue)).Messages);
        }

        // Hangfire resumes: a report asked for now is built by the worker's job server.
        await ReportIsBuilt(manager, worker);
        Assert.False(worker.HasExited, "The worker stopped during the restart." + Scenario.Tail(worker));
    }

    private static async Task SubmitUnderLoad(HttpClient unit, ConcurrentBag<Answer> responses, ConcurrentBag<Guid> submitted)
    {
        try
        {
            using var content = new ByteArrayContent(Scenario.SampleForm);
            content.Headers.ContentType = new("application/json");
            var created = await Answer.Of("create", await unit.PostAsync("/api/evaluations", content));
            responses.Add(created);
            if (created.Status != HttpStatusCode.Created)
            {
                await Task.Delay(100);
                return;
            }

            var id = JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetGuid();
            var submit = await Answer.Of("submit", await unit.PostAsync($"/api/evaluations/{id}/submit", null));
            responses.Add(submit);
            if (submit.Status == HttpStatusCode.OK)
            {
                submitted.Add(id);
            }
        }
        catch (HttpRequestException e)
        {
            responses.Add(new Answer("transport", 0, null, null, e.Message));
        }
    }

    private static async Task ReportIsBuilt(HttpClient manager, WorkerProcess worker)
    {
        var asked = await manager.PostAsJsonAsync("/api/reports", new { fiscalYear = 2024 });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var id = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        string status = "";
        await Eventually.Until(async () =>
            {
                var report = await manager.GetFromJsonAsync<JsonElement>($"/api/reports/{id}");
                status = report.GetProperty("status").GetString() ?? "";
                return status is "Completed" or "Failed";
            }, $"report {id} to be built by the job server", TimeSpan.FromSeconds(90),
            () => Task.FromResult(status + Scenario.Tail(worker)));
        Assert.Equal("Completed", status);
    }

    private static async Task DaemonCaughtUp(Scenario scenario)
    {
        await using var connection = await scenario.OpenDatabaseAsync();
        var behind = "";
        await Eventually.Until(async () =>
            {
                await using var command = new NpgsqlCommand(
                    $"""
                    select coalesce(string_agg(p.name || '@' || p.last_seq_id, ', '), '')
                    from {scenario.Schema}.mt_event_progression p
                    where p.name not like 'HighWater%'
                      and p.last_seq_id < (select max(seq_id) from {scenario.Schema}.mt_events)
                    """, connection);
                behind = (string)(await command.ExecuteScalarAsync())!;
                return behind.Length == 0;
            }, "every daemon shard to reach the last event", TimeSpan.FromSeconds(60),
            () => Task.FromResult("behind: " + behind));
    }

    private sealed record Answer(string Kind, HttpStatusCode Status, string? ContentType, string? Code, string Body)
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;

        public static async Task<Answer> Of(string kind, HttpResponseMessage response)
        {
            var body = await response.Content.ReadAsStringAsync();
            string? code = null;
            if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                using var problem = JsonDocument.Parse(body);
                code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
            }

            return new Answer(kind, response.StatusCode, response.Content.Headers.ContentType?.MediaType, code, body);
        }

        public override string ToString() => $"{Kind} → {(int)Status} {ContentType} {Code}: {Body[..Math.Min(Body.Length, 300)]}";
    }
}
