using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Notifications;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Worker.Jobs;

namespace PerfEval.IntegrationTests.Jobs;

/// <summary>The daily monitoring reminder job, run day after day with a fake clock.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MonitoringReminderJobTests(PlatformFixture platform)
{
    private MonitoringReminderJob Job(TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<MonitoringReminderJob>(platform.Services, ActivatorUtilities.CreateInstance<DailyReminders>(platform.Services, clock));

    private static object Calendar(int year) => new
    {
        selfEvaluationDue = $"{year + 1}-03-31",
        reviewDue = $"{year + 1}-05-31",
        reminderOffsetsDays = new[] { 30, 14, 7, 1 },
        monitoringCutOffMonth = 6,
        monitoringDue = $"{year}-07-15",
    };

    private async Task<IReadOnlyList<Notification>> RemindersAsync(params string[] unitIds)
    {
        var audiences = unitIds.Select(Audiences.Unit).ToArray();
        await using var session = Lifecycle.Store(platform).QuerySession();
        return await session.Query<Notification>()
            .Where(n => audiences.Contains(n.Audience) && n.Kind == DeadlineNotifications.MonitoringReminderKind)
            .ToListAsync();
    }

    [Fact]
    public async Task Units_with_approved_targets_not_yet_monitored_are_reminded_once_on_each_offset_day()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        var put = await admin.PutAsJsonAsync($"/api/calendar/{year}", Calendar(year));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var due = new DateOnly(year, 7, 15);

        var (late, _, _, lateTargets) = await TargetFlow.Approved(platform, TargetFlow.Sample(year: year));
        var (reported, reportedUnit, _, reportedTargets) = await TargetFlow.Approved(platform, TargetFlow.Sample(year: year));
        await TargetFlow.Act(reportedUnit, $"/api/targets/{reportedTargets.Id}/monitoring", new
        {
            cutOffMonth = 6,
            executedToDate = 40m,
            indicators = new[] { new { index = 0, valueSoFar = "4100(人)", onTrack = true } },
        });
        var notApproved = TestOrg.New();
        var submitted = await TargetFlow.Declare(await platform.ClientFor(notApproved.Submitter), TargetFlow.Sample(year: year));
        await TargetFlow.Act(await platform.ClientFor(notApproved.Submitter), $"/api/targets/{submitted.Id}/submit");

        // 09:00 in Shanghai each day, from 35 days before the due date to 2 days after it.
        var clock = new FakeTimeProvider(new DateTimeOffset(due.AddDays(-35).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var units = new[] { late.UnitId, reported.UnitId, notApproved.UnitId };
        var newByDay = new Dictionary<int, List<Notification>>();
        var seen = new HashSet<Guid>();
        for (var day = 0; day <= 37; day++)
        {
            var run = await Job(clock).RunAsync(CancellationToken.None);
            var fresh = (await RemindersAsync(units)).Where(n => seen.Add(n.Id)).ToList();
            if (fresh.Count > 0)
            {
                newByDay[due.DayNumber - run.Today.DayNumber] = fresh;
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal([30, 14, 7, 1], newByDay.Keys);
        Assert.All(newByDay.Values, fresh => Assert.Equal(Audiences.Unit(late.UnitId), Assert.Single(fresh).Audience));
        var first = newByDay[30].Single();
        Assert.Contains(lateTargets.ProjectName, first.Body, StringComparison.Ordinal);
        Assert.Contains("截至 6 月", first.Title, StringComparison.Ordinal);
        Assert.Equal(4, (await RemindersAsync(units)).Count);
    }

    [Fact]
    public async Task A_monitoring_round_needs_a_month_and_a_due_date_after_it()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());

        var onlyMonth = await admin.PutAsJsonAsync($"/api/calendar/{year}", new
        {
            selfEvaluationDue = $"{year + 1}-03-31",
            reviewDue = $"{year + 1}-05-31",
            monitoringCutOffMonth = 6,
        });
        Assert.Equal(HttpStatusCode.BadRequest, onlyMonth.StatusCode);
        Assert.True((await Forms.Read<JsonElement>(onlyMonth)).GetProperty("errors").TryGetProperty("monitoringDue", out _));

        var dueInJune = await admin.PutAsJsonAsync($"/api/calendar/{year}", new
        {
            selfEvaluationDue = $"{year + 1}-03-31",
            reviewDue = $"{year + 1}-05-31",
            monitoringCutOffMonth = 6,
            monitoringDue = $"{year}-06-20",
        });
        Assert.Equal(HttpStatusCode.BadRequest, dueInJune.StatusCode);

        var ok = await admin.PutAsJsonAsync($"/api/calendar/{year}", Calendar(year));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var read = await Forms.Read<JsonElement>(await admin.GetAsync($"/api/calendar/{year}"));
        Assert.Equal(6, read.GetProperty("monitoringCutOffMonth").GetInt32());
        Assert.Equal($"{year}-07-15", read.GetProperty("monitoringDue").GetString());
    }
}
