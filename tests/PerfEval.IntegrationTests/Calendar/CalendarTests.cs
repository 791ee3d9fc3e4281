using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Calendar;

/// <summary>GET/PUT /api/calendar/{year}, and review tasks taking their due date from it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CalendarTests(PlatformFixture platform)
{
    public sealed record CalendarView(
        int FiscalYear, DateOnly SelfEvaluationDue, DateOnly ReviewDue, IReadOnlyList<int> ReminderOffsetsDays, string TimeZone);

    public static object Body(int year, int[]? offsets = null) => new
    {
        selfEvaluationDue = $"{year + 1}-03-31",
        reviewDue = $"{year + 1}-05-31",
        reminderOffsetsDays = offsets ?? [30, 14, 7, 1],
    };

    [Fact]
    public async Task Admin_sets_a_years_deadlines_and_everyone_signed_in_reads_them()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var put = await admin.PutAsJsonAsync($"/api/calendar/{year}", Body(year, [7, 30, 1, 14]));
        var read = await unit.GetAsync($"/api/calendar/{year}");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var calendar = await Forms.Read<CalendarView>(read);
        Assert.Equal(new DateOnly(year + 1, 3, 31), calendar.SelfEvaluationDue);
        Assert.Equal(new DateOnly(year + 1, 5, 31), calendar.ReviewDue);
        Assert.Equal([30, 14, 7, 1], calendar.ReminderOffsetsDays);
        Assert.Equal("Asia/Shanghai", calendar.TimeZone);
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.AnonymousClient().GetAsync($"/api/calendar/{year}")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_change_deadlines()
    {
        var year = Lifecycle.OwnYear();
        foreach (var user in new[] { TestUser.Manager(), TestUser.Reviewer("d"), TestOrg.New().Submitter })
        {
            var client = await platform.ClientFor(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/calendar/{year}", Body(year))).StatusCode);
        }

        var admin = await platform.ClientFor(TestUser.Admin());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/calendar/{year}")).StatusCode);
    }

    [Fact]
    public async Task Invalid_deadlines_are_validation_problems_naming_the_fields()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());

        var response = await admin.PutAsJsonAsync($"/api/calendar/{year}", new
        {
            selfEvaluationDue = $"{year}-06-30",
            reviewDue = $"{year}-01-31",
            reminderOffsetsDays = new[] { 7, -1 },
            timeZone = "Mars/Olympus",
        });
        var missing = await admin.PutAsJsonAsync($"/api/calendar/{year}", new { reminderOffsetsDays = new[] { 7 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["reminderOffsetsDays", "reviewDue", "selfEvaluationDue", "timeZone"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var missingErrors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(missingErrors.TryGetProperty("selfEvaluationDue", out _));
        Assert.True(missingErrors.TryGetProperty("reviewDue", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/calendar/{year}")).StatusCode);
    }

    [Fact]
    public async Task A_review_task_is_due_on_the_years_review_due_date()
    {
        var year = Lifecycle.OwnYear();
        var admin = await platform.ClientFor(TestUser.Admin());
        (await admin.PutAsJsonAsync($"/api/calendar/{year}", Body(year))).EnsureSuccessStatusCode();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);

        var submitted = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(year));

        Assert.Equal(new DateOnly(year + 1, 5, 31), submitted.CurrentTask!.DueDate);
        await using var session = Lifecycle.Store(platform).QuerySession();
        var task = await session.LoadAsync<ReviewTask>(submitted.CurrentTask.TaskId);
        Assert.Equal(new DateOnly(year + 1, 5, 31), task!.DueDate);
    }

    [Fact]
    public async Task Without_a_calendar_a_review_task_has_no_due_date()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);

        var submitted = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(Lifecycle.OwnYear()));

        Assert.Null(submitted.CurrentTask!.DueDate);
    }
}
