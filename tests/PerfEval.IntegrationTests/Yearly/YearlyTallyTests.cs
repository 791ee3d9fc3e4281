using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Yearly;
using PerfEval.IntegrationTests.Calendar;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.Yearly;
using PerfEval.TestOracles;

namespace PerfEval.IntegrationTests.Yearly;

/// <summary>
/// The yearly figures read from the running tallies (kept by the trigger on the facts table) equal the figures added
/// up from every form's facts, through a lifecycle that takes facts back and forth (adjustment, approval, reopening,
/// revision and resubmission with changed content, release, publication, rejection) and after a rebuild.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class YearlyTallyTests(PlatformFixture platform)
{
    [Fact]
    public async Task Tallies_give_the_figures_of_the_facts_through_a_lifecycle_and_after_a_rebuild()
    {
        var year = Lifecycle.OwnYear();
        var a = TestOrg.New();
        var b = new TestOrg(a.UnitId + "-b", a.DepartmentId);
        var c = TestOrg.New();
        var reviewerA = TestUser.Reviewer(a.DepartmentId);
        var reviewerC = TestUser.Reviewer(c.DepartmentId);
        var manager = TestUser.Manager();
        var unitA = await platform.ClientFor(a.Submitter);
        var unitB = await platform.ClientFor(b.Submitter);
        var unitC = await platform.ClientFor(c.Submitter);
        var form = (int i) => Lifecycle.SeedForms[i].InYear(year);

        // Tasks opened before the year has a calendar have no due date of their own (the year's review due applies).
        var ids = new List<Guid>
        {
            (await Lifecycle.SubmitAsync(platform, unitA, form(0))).Id,
            (await Lifecycle.SubmitAsync(platform, unitA, form(1))).Id,
            (await Lifecycle.SubmitAsync(platform, unitB, form(2))).Id,
        };
        var admin = await platform.ClientFor(TestUser.Admin());
        (await admin.PutAsJsonAsync($"/api/calendar/{year}", CalendarTests.Body(year))).EnsureSuccessStatusCode();
        ids.Add((await Lifecycle.SubmitAsync(platform, unitB, form(3))).Id);
        ids.Add((await Lifecycle.SubmitAsync(platform, unitC, form(4))).Id);
        await Lifecycle.DraftAsync(unitC, form(0));

        // Adjusted and approved, reopened, then resubmitted with another claimed total: scored and given a task again.
        await Lifecycle.ClaimAsync(platform, ids[0], reviewerA);
        await Lifecycle.AppendAsync(platform, ids[0], reviewerA, s =>
        [
            new ScoreAdjusted(ids[0], s.CurrentTask!.TaskId, ScoreTarget.Indicator(0), 15m, null, 12.5m, "保障人数台账不全", reviewerA.Id, reviewerA.Name),
        ]);
        await Lifecycle.ApproveAsync(platform, ids[0], reviewerA, 95.50m, "优");
        await Lifecycle.AppendAsync(platform, ids[0], manager, _ => [new EvaluationReopened(ids[0], "审计发现执行数有误", manager.Id)]);
        await ResubmitAsync(unitA, ids[0], form(0) with { ClaimedTotal = 95.50m });

        // Sent back for revision and resubmitted unchanged, then claimed again.
        await Lifecycle.ClaimAsync(platform, ids[1], reviewerA);
        await Lifecycle.AppendAsync(platform, ids[1], reviewerA, s =>
            [new RevisionRequested(ids[1], s.CurrentTask!.TaskId, ["补充偏差原因"], reviewerA.Id)]);
        await ResubmitAsync(unitA, ids[1], null);
        await Lifecycle.ClaimAsync(platform, ids[1], reviewerA);

        // Claimed and released; approved and published; rejected.
        await Lifecycle.ClaimAsync(platform, ids[2], reviewerA);
        await Lifecycle.AppendAsync(platform, ids[2], reviewerA, s => [new ReviewTaskReleased(s.CurrentTask!.TaskId, ids[2], reviewerA.Id)]);
        await Lifecycle.ClaimAsync(platform, ids[3], reviewerA);
        await Lifecycle.ApproveAsync(platform, ids[3], reviewerA, Lifecycle.SeedFinals[3].Total, Lifecycle.SeedFinals[3].Grade);
        await Lifecycle.AppendAsync(platform, ids[3], manager, _ => [new EvaluationPublished(ids[3], manager.Id)]);
        await Lifecycle.ClaimAsync(platform, ids[4], reviewerC);
        await Lifecycle.AppendAsync(platform, ids[4], reviewerC, s => [new EvaluationRejected(ids[4], s.CurrentTask!.TaskId, "项目资金用途不符", reviewerC.Id)]);
        await Lifecycle.ProjectionsCaughtUpAsync(platform);

        var before = await AssertTalliesEqualFactsAsync(year, [a.DepartmentId, c.DepartmentId]);
        var queueBefore = await ReviewQueueAsync(ids);
        Assert.Equal(
            [
                (0, 1, ReviewTaskStatus.Done, "Approved", reviewerA.Id),
                (0, 2, ReviewTaskStatus.Open, null, null),
                (1, 1, ReviewTaskStatus.Done, "RevisionRequested", reviewerA.Id),
                (1, 2, ReviewTaskStatus.Claimed, null, reviewerA.Id),
                (2, 1, ReviewTaskStatus.Open, null, null),
                (3, 1, ReviewTaskStatus.Done, "Approved", reviewerA.Id),
                (4, 1, ReviewTaskStatus.Done, "Rejected", reviewerC.Id),
            ],
            queueBefore.Select(t => (ids.IndexOf(t.EvaluationId), t.Submission, t.Status, t.Outcome, t.AssigneeId)));
        Assert.All(queueBefore, t => Assert.Equal(t.Status == ReviewTaskStatus.Done, t.DoneAt is not null));

        var departmentA = before[(a.DepartmentId, Clock.Today)];
        Assert.Equal(4, departmentA.Total.Forms);
        Assert.Equal([a.UnitId, b.UnitId], departmentA.Units.Select(u => u.Key));
        Assert.Equal(
            new Dictionary<string, int>
            {
                [nameof(EvaluationStatus.InReview)] = 2,
                [nameof(EvaluationStatus.Published)] = 1,
                [nameof(EvaluationStatus.Submitted)] = 1,
            },
            departmentA.Total.ByStatus);
        Assert.Equal(new ReviewerWorkload(Open: 2, Claimed: 1, Overdue: 0), departmentA.Total.Workload);
        Assert.Equal(new ReviewerWorkload(Open: 2, Claimed: 1, Overdue: 3), before[(a.DepartmentId, Clock.AfterReviewDue)].Total.Workload);
        Assert.Equal(new Dictionary<string, int> { ["优"] = 1 }, departmentA.Total.FinalGrades);
        var whole = before[(null, Clock.Today)];
        Assert.Equal(6, whole.Total.Forms);
        Assert.Equal(new[] { a.DepartmentId, c.DepartmentId }.Order(StringComparer.Ordinal), whole.Departments.Select(d => d.Key));

        var rebuild = await admin.PostAsync("/api/admin/projections/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, rebuild.StatusCode);
        await Lifecycle.ProjectionsCaughtUpAsync(platform);

        var after = await AssertTalliesEqualFactsAsync(year, [a.DepartmentId, c.DepartmentId]);
        Assert.Equal(Serialized(before), Serialized(after));

        // The queue rebuilt from the events is the queue the commands wrote (the times aside: a rebuild takes the
        // events' stored times where a command took its clock's).
        var queueAfter = await ReviewQueueAsync(ids);
        Assert.Equal(queueBefore.Select(WithoutTimes), queueAfter.Select(WithoutTimes));
    }

    [Fact]
    public async Task Tallies_follow_facts_deleted_and_written_outside_the_daemon()
    {
        var year = Lifecycle.OwnYear();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var first = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(year));
        await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[1].InYear(year));
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        var store = Lifecycle.Store(platform);

        await using (var session = store.LightweightSession())
        {
            var facts = await session.LoadAsync<YearlyFormFacts>(first.Id);
            // Another department and an executed figure of another scale: the tallies follow the row, not the events.
            session.Store(facts! with { DepartmentId = org.DepartmentId + "-moved", Executed = 12.345m });
            await session.SaveChangesAsync();
        }

        var moved = await AssertTalliesEqualFactsAsync(year, [org.DepartmentId, org.DepartmentId + "-moved"]);
        Assert.Equal(1, moved[(org.DepartmentId, Clock.Today)].Total.Forms);
        Assert.Equal(1, moved[(org.DepartmentId + "-moved", Clock.Today)].Total.Forms);

        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<YearlyFormFacts>(f => f.FiscalYear == year);
            await session.SaveChangesAsync();
        }

        var emptied = await AssertTalliesEqualFactsAsync(year, [org.DepartmentId]);
        Assert.Equal(0, emptied[(null, Clock.Today)].Total.Forms);
        Assert.Empty(emptied[(null, Clock.Today)].Units);
    }

    [Fact]
    public async Task A_start_after_a_rebuild_died_with_the_tallies_suspended_recounts_them_and_resumes_the_trigger()
    {
        var year = Lifecycle.OwnYear();
        var org = TestOrg.New();
        var submitted = await Lifecycle.SubmitAsync(platform, await platform.ClientFor(org.Submitter), Lifecycle.SeedForms[3].InYear(year));
        await Lifecycle.ProjectionsCaughtUpAsync(platform);
        var store = Lifecycle.Store(platform);
        var query = platform.Services.GetRequiredService<YearlyFiguresQuery>();

        // A rebuild suspended the trigger and died: a write to the facts meanwhile is not tallied.
        await YearlyTallies.SuspendAsync(store, CancellationToken.None);
        await ChangeExecutedAsync(submitted.Id, 1.50m);
        query.Forget();
        Assert.NotEqual(
            (await FactsFigures.FromFactsAsync(query, Lifecycle.Store(platform), year, org.DepartmentId, CancellationToken.None)).Total.Budget,
            (await query.ForYearAsync(year, org.DepartmentId, CancellationToken.None)).Total.Budget);

        // The next start's schema check finds the trigger disabled, recreates it and counts the tallies afresh.
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        Assert.Equal(1.50m, (await AssertTalliesEqualFactsAsync(year, [org.DepartmentId]))[(org.DepartmentId, Clock.Today)].Total.Budget.Executed);
        await ChangeExecutedAsync(submitted.Id, 2.50m);
        Assert.Equal(2.50m, (await AssertTalliesEqualFactsAsync(year, [org.DepartmentId]))[(org.DepartmentId, Clock.Today)].Total.Budget.Executed);
    }

    /// <summary>
    /// The review queue's entries of the forms, by form and submission, with the status column the queue's lists
    /// filter on asserted equal to the status in each entry's JSON.
    /// </summary>
    private async Task<List<ReviewTask>> ReviewQueueAsync(List<Guid> ids)
    {
        await using var session = Lifecycle.Store(platform).QuerySession();
        var tasks = await session.Query<ReviewTask>().Where(t => ids.Contains(t.EvaluationId)).ToListAsync();
        foreach (var status in Enum.GetValues<ReviewTaskStatus>())
        {
            var byColumn = await session.Query<ReviewTask>().Where(t => ids.Contains(t.EvaluationId) && t.Status == status).CountAsync();
            Assert.Equal(tasks.Count(t => t.Status == status), byColumn);
        }

        return [.. tasks.OrderBy(t => ids.IndexOf(t.EvaluationId)).ThenBy(t => t.Submission)];
    }

    private static ReviewTask WithoutTimes(ReviewTask task) => task with { OpenedAt = default, DoneAt = null };

    private async Task ChangeExecutedAsync(Guid id, decimal executed)
    {
        await using var session = Lifecycle.Store(platform).LightweightSession();
        var facts = await session.LoadAsync<YearlyFormFacts>(id);
        session.Store(facts! with { Executed = executed });
        await session.SaveChangesAsync();
    }

    private enum Clock
    {
        Today,
        AfterReviewDue,
    }

    /// <summary>
    /// For each department and the whole year, today and two years on (every task not done overdue): the figures from
    /// the tallies, asserted equal to the figures added up from the facts (as JSON: values and their scale).
    /// </summary>
    private async Task<Dictionary<(string? Department, Clock Clock), YearlyFigures>> AssertTalliesEqualFactsAsync(
        int year, IReadOnlyList<string> departments)
    {
        var result = new Dictionary<(string?, Clock), YearlyFigures>();
        foreach (var clock in new[] { Clock.Today, Clock.AfterReviewDue })
        {
            var time = clock == Clock.Today
                ? TimeProvider.System
                : new FakeTimeProvider(new DateTimeOffset(year + 2, 6, 1, 0, 0, 0, TimeSpan.Zero));
            var query = ActivatorUtilities.CreateInstance<YearlyFiguresQuery>(platform.Services, time);
            foreach (var department in departments.Append(null))
            {
                var fromFacts = await FactsFigures.FromFactsAsync(query, Lifecycle.Store(platform), year, department, CancellationToken.None);
                var fromTallies = await query.ForYearAsync(year, department, CancellationToken.None);
                Assert.Equal(JsonSerializer.Serialize(fromFacts, Forms.Json), JsonSerializer.Serialize(fromTallies, Forms.Json));
                result[(department, clock)] = fromTallies;
            }
        }

        return result;
    }

    private static string Serialized(Dictionary<(string? Department, Clock Clock), YearlyFigures> figures) =>
        JsonSerializer.Serialize(
            figures.OrderBy(f => f.Key.Department ?? "", StringComparer.Ordinal).ThenBy(f => f.Key.Clock).Select(f => f.Value),
            Forms.Json);

    /// <summary>The unit submits again (after a content change when given one) and the consumers score it and open its task.</summary>
    private async Task ResubmitAsync(HttpClient unit, Guid id, Domain.Forms.EvaluationForm? content)
    {
        var state = (await Lifecycle.LoadAsync(platform, id))!;
        if (content is not null)
        {
            var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{id}")
            {
                Content = JsonContent.Create(content, options: Forms.Json),
            };
            edit.Headers.TryAddWithoutValidation("If-Match", $"\"{state.Version}\"");
            Assert.Equal(HttpStatusCode.OK, (await unit.SendAsync(edit)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await unit.SendAsync(Forms.Post($"/api/evaluations/{id}/submit"))).StatusCode);
        await Eventually.Value(async () =>
        {
            var next = await Lifecycle.LoadAsync(platform, id);
            return next is { Submissions: 2, CurrentTask.Submission: 2, Scorecard: not null } ? next : null;
        }, "the resubmission to be scored and given its review task");
    }
}
