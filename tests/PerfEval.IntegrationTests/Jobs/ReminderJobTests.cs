using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Notifications;
using PerfEval.IntegrationTests.Calendar;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Worker.Jobs;

namespace PerfEval.IntegrationTests.Jobs;

/// <summary>The daily reminder job, run day after day with a fake clock.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReminderJobTests(PlatformFixture platform)
{
    private SelfEvaluationReminderJob Job(TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<SelfEvaluationReminderJob>(platform.Services, ActivatorUtilities.CreateInstance<DailyReminders>(platform.Services, clock));

    private async Task<IReadOnlyList<Notification>> RemindersAsync(params string[] unitIds)
    {
        var audiences = unitIds.Select(Audiences.Unit).ToArray();
        await using var session = Lifecycle.Store(platform).QuerySession();
        return await session.Query<Notification>()
            .Where(n => audiences.Contains(n.Audience) && n.Kind == DeadlineNotifications.ReminderKind)
            .ToListAsync();
    }

    [Fact]
    public async Task Units_with_unsubmitted_or_returned_forms_are_reminded_once_on_each_offset_day_and_never_otherwise()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        (await admin.PutAsJsonAsync($"/api/calendar/{year}", CalendarTests.Body(year))).EnsureSuccessStatusCode();
        var due = new DateOnly(year + 1, 3, 31);
        var form = Lifecycle.SeedForms[2].InYear(year);

        var drafting = TestOrg.New();
        var submitted = TestOrg.New();
        var sentBack = TestOrg.New();
        var otherYear = TestOrg.New();
        await Lifecycle.DraftAsync(await platform.ClientFor(drafting.Submitter), form);
        await Lifecycle.DraftAsync(await platform.ClientFor(drafting.Submitter), Lifecycle.SeedForms[0].InYear(year));
        await Lifecycle.SubmitAsync(platform, await platform.ClientFor(submitted.Submitter), form);
        var returned = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(sentBack.Submitter), form);
        var reviewer = TestUser.Reviewer(sentBack.DepartmentId);
        await Lifecycle.ClaimAsync(platform, returned.Id, reviewer);
        await Lifecycle.AppendAsync(platform, returned.Id, reviewer, s =>
            [new RevisionRequested(returned.Id, s.CurrentTask!.TaskId, ["补充偏差原因"], reviewer.Id)]);
        await Lifecycle.DraftAsync(await platform.ClientFor(otherYear.Submitter), form.InYear(Lifecycle.OwnYear()));

        // 09:00 in Shanghai each day, from 35 days before the due date to 2 days after it.
        var clock = new FakeTimeProvider(new DateTimeOffset(due.AddDays(-35).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var units = new[] { drafting.UnitId, submitted.UnitId, sentBack.UnitId, otherYear.UnitId };
        var newByDay = new Dictionary<int, List<Notification>>();
        var seen = new HashSet<Guid>();
        for (var day = 0; day <= 37; day++)
        {
            var run = await Job(clock).RunAsync(CancellationToken.None);
            var fresh = (await RemindersAsync(units)).Where(n => seen.Add(n.Id)).ToList();
            Assert.All(fresh, n => Assert.Equal(run.CorrelationId, n.CorrelationId));
            if (fresh.Count > 0)
            {
                newByDay[due.DayNumber - run.Today.DayNumber] = fresh;
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal([30, 14, 7, 1], newByDay.Keys);
        var expected = new[] { Audiences.Unit(drafting.UnitId), Audiences.Unit(sentBack.UnitId) }.Order(StringComparer.Ordinal);
        Assert.All(newByDay.Values, fresh => Assert.Equal(expected, fresh.Select(n => n.Audience).Order(StringComparer.Ordinal)));
        var first = newByDay[30].Single(n => n.Audience == Audiences.Unit(drafting.UnitId));
        Assert.Contains("2 张自评表未提交", first.Body);
        Assert.Contains($"{due:yyyy-MM-dd}", first.TitleEn);
        Assert.Equal(8, (await RemindersAsync(units)).Count);
    }

    [Fact]
    public async Task Running_the_job_twice_on_a_reminder_day_writes_each_reminder_once()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        (await admin.PutAsJsonAsync($"/api/calendar/{year}", CalendarTests.Body(year))).EnsureSuccessStatusCode();
        var org = TestOrg.New();
        await Lifecycle.DraftAsync(await platform.ClientFor(org.Submitter), Lifecycle.SeedForms[1].InYear(year));
        var sevenDaysBefore = new DateTimeOffset(year + 1, 3, 24, 2, 0, 0, TimeSpan.Zero);

        var firstRun = await Job(new FakeTimeProvider(sevenDaysBefore)).RunAsync(CancellationToken.None);
        var secondRun = await Job(new FakeTimeProvider(sevenDaysBefore.AddHours(5))).RunAsync(CancellationToken.None);

        var reminder = Assert.Single(await RemindersAsync(org.UnitId));
        Assert.Equal(firstRun.CorrelationId, reminder.CorrelationId);
        Assert.NotEqual(firstRun.CorrelationId, secondRun.CorrelationId);
        Assert.Equal(Notification.IdFor($"reminder:{year}:7", Audiences.Unit(org.UnitId)), reminder.Id);

        var unit = await platform.ClientFor(org.Submitter);
        var mine = await unit.GetFromJsonAsync<PagedList<System.Text.Json.JsonElement>>("/api/notifications", Forms.Json);
        Assert.Contains(mine!.Items, n => n.GetProperty("id").GetGuid() == reminder.Id);
    }
}
