using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Notifications;
using PerfEval.IntegrationTests.Calendar;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Worker.Jobs;
using PerfEval.Worker.Reports;

namespace PerfEval.IntegrationTests.Jobs;

/// <summary>
/// The daily escalation of overdue review tasks, with a fake clock; and the schedule in Hangfire's storage (retired
/// recurring jobs removed from it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EscalationJobTests(PlatformFixture platform)
{
    /// <summary>The recurring jobs the job server schedules, ordered.</summary>
    private static readonly string[] Scheduled =
        [.. new[]
        {
            SelfEvaluationReminderJob.RecurringId, MonitoringReminderJob.RecurringId, OverdueReviewEscalationJob.RecurringId, YearReportJob.RecurringId,
            IdempotencyRecordsPurgeJob.RecurringId, CrossCheckJob.RecurringId, RectificationDeadlineJob.RecurringId,
        }.Order(StringComparer.Ordinal)];

    private OverdueReviewEscalationJob Job(TimeProvider clock) =>
        ActivatorUtilities.CreateInstance<OverdueReviewEscalationJob>(platform.Services, clock);

    private async Task<IReadOnlyList<Notification>> EscalationsAsync(IReadOnlyCollection<Guid> evaluationIds)
    {
        var ids = evaluationIds.Select(id => (Guid?)id).ToArray();
        await using var session = Lifecycle.Store(platform).QuerySession();
        return await session.Query<Notification>()
            .Where(n => n.Kind == DeadlineNotifications.OverdueKind && ids.Contains(n.EvaluationId))
            .ToListAsync();
    }

    [Fact]
    public async Task Tasks_not_done_after_the_review_due_date_are_escalated_once_to_the_departments_reviewers_and_managers()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        (await admin.PutAsJsonAsync($"/api/calendar/{year}", CalendarTests.Body(year))).EnsureSuccessStatusCode();
        var reviewDue = new DateOnly(year + 1, 5, 31);
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = TestUser.Reviewer(org.DepartmentId);
        var open = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(year));
        var claimed = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[1].InYear(year));
        var approved = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[2].InYear(year));
        await Lifecycle.ClaimAsync(platform, claimed.Id, reviewer);
        await Lifecycle.ClaimAsync(platform, approved.Id, reviewer);
        await Lifecycle.ApproveAsync(platform, approved.Id, reviewer, 97m, "优");
        Guid[] ids = [open.Id, claimed.Id, approved.Id];

        // 09:00 in Shanghai, from two days before the due date to three days after it.
        var clock = new FakeTimeProvider(new DateTimeOffset(reviewDue.AddDays(-2).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var newByDay = new Dictionary<int, List<Notification>>();
        var seen = new HashSet<Guid>();
        for (var day = -2; day <= 3; day++)
        {
            var run = await Job(clock).RunAsync(CancellationToken.None);
            var fresh = (await EscalationsAsync(ids)).Where(n => seen.Add(n.Id)).ToList();
            Assert.All(fresh, n => Assert.Equal(run.CorrelationId, n.CorrelationId));
            if (fresh.Count > 0)
            {
                newByDay[day] = fresh;
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        var escalated = Assert.Single(newByDay);
        Assert.Equal(1, escalated.Key);
        Assert.Equal(
            new[]
            {
                (open.Id, Audiences.DepartmentReviewers(org.DepartmentId)), (open.Id, Audiences.Managers),
                (claimed.Id, Audiences.DepartmentReviewers(org.DepartmentId)), (claimed.Id, Audiences.Managers),
            }.Order(),
            escalated.Value.Select(n => (n.EvaluationId!.Value, n.Audience)).Order());
        Assert.Contains("尚未领取", escalated.Value.First(n => n.EvaluationId == open.Id).Body);
        Assert.Contains(reviewer.Name, escalated.Value.First(n => n.EvaluationId == claimed.Id).Body);

        var managers = await platform.ClientFor(TestUser.Manager());
        var page = await managers.GetFromJsonAsync<PagedList<System.Text.Json.JsonElement>>("/api/notifications?pageSize=100", Forms.Json);
        Assert.Contains(page!.Items, n => n.GetProperty("evaluationId").GetGuid() == open.Id);
    }

    [Fact]
    public async Task The_due_day_is_the_day_in_Shanghai()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        (await admin.PutAsJsonAsync($"/api/calendar/{year}", CalendarTests.Body(year))).EnsureSuccessStatusCode();
        var org = TestOrg.New();
        var open = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(org.Submitter), Lifecycle.SeedForms[3].InYear(year));

        // 23:00 on the due date in Shanghai: not overdue yet; 00:30 the next day there (16:30 UTC): overdue.
        await Job(new FakeTimeProvider(new DateTimeOffset(year + 1, 5, 31, 15, 0, 0, TimeSpan.Zero))).RunAsync(CancellationToken.None);
        Assert.Empty(await EscalationsAsync([open.Id]));
        await Job(new FakeTimeProvider(new DateTimeOffset(year + 1, 5, 31, 16, 30, 0, TimeSpan.Zero))).RunAsync(CancellationToken.None);
        Assert.Equal(2, (await EscalationsAsync([open.Id])).Count);
    }

    [Fact]
    public void The_recurring_jobs_are_registered_in_Hangfires_storage()
    {
        using var connection = platform.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        Assert.Equal("0 8 * * *", jobs[SelfEvaluationReminderJob.RecurringId].Cron);
        Assert.Equal("30 8 * * *", jobs[OverdueReviewEscalationJob.RecurringId].Cron);
        Assert.Equal("0 6 5 1 *", jobs[YearReportJob.RecurringId].Cron);
        Assert.Equal("15 3 * * *", jobs[IdempotencyRecordsPurgeJob.RecurringId].Cron);
        Assert.Equal(Scheduled, jobs.Keys.Order(StringComparer.Ordinal));
        Assert.All(jobs.Values, j => Assert.Equal("Asia/Shanghai", j.TimeZoneId));
    }

    [Fact]
    public async Task A_retired_recurring_job_left_in_the_storage_is_removed_when_the_job_server_starts()
    {
        var retired = RecurringJobsRegistration.Retired.Single();
        // As an earlier version left it, under its id (with a job class that still exists: the retired one is gone).
        platform.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<SelfEvaluationReminderJob>(
            retired, j => j.RunAsync(CancellationToken.None), "0 3 * * *");
        Assert.Contains(retired, RecurringJobIds());

        await platform.Services.GetServices<IHostedService>().OfType<RecurringJobsRegistration>().Single().StartAsync(CancellationToken.None);

        Assert.DoesNotContain(retired, RecurringJobIds());
        Assert.Equal(Scheduled, RecurringJobIds().Order(StringComparer.Ordinal));
    }

    private IReadOnlyList<string> RecurringJobIds()
    {
        using var connection = platform.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().Select(j => j.Id).ToList();
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_admins_only()
    {
        var admin = await platform.ClientFor(TestUser.Admin());
        var manager = await platform.ClientFor(TestUser.Manager());

        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await manager.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await platform.Factory.CreateClient().GetAsync("/hangfire")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await manager.GetAsync("/hangfire/recurring")).StatusCode);
    }
}
