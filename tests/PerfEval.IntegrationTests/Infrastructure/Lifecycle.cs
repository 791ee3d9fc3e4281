using System.Net.Http.Json;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Platform.EventStore;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>
/// Drives forms through their life in the management tests: drafts and submissions through HTTP (so the real
/// consumers score them and open their review tasks), review decisions appended through <see cref="EvaluationCommands"/>.
/// </summary>
public static class Lifecycle
{
    private static readonly Lazy<IReadOnlyList<EvaluationForm>> Seed = new(() =>
    {
        var result = FormImporter.Import(File.ReadAllBytes(Path.Combine("TestData", "seed-forms-2024.txt")), "seed-forms-2024.txt");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Forms;
    });

    /// <summary>The five real 2024 forms: 灵活就业, 劳模管理, 退管会, 劳模创新工作室, 会员卡.</summary>
    public static IReadOnlyList<EvaluationForm> SeedForms => Seed.Value;

    /// <summary>
    /// The reviewers' final totals for the seed forms in the management tests: 劳模管理 marked down to its tier band
    /// (2.4 instead of 2.5), 会员卡 to 89.50 (良).
    /// </summary>
    public static readonly (decimal Total, string Grade)[] SeedFinals =
        [(98.00m, "优"), (95.90m, "优"), (97.00m, "优"), (96.07m, "优"), (89.50m, "良")];

    public static EvaluationForm InYear(this EvaluationForm form, int fiscalYear) =>
        form with { Header = form.Header with { FiscalYear = fiscalYear } };

    private static int _lastYear = 2040;

    /// <summary>
    /// A fiscal year of this test's own (within FiscalYears), so that calendars and jobs of other tests never
    /// touch it. Each test host has its own schema, so years only need to be unique within one run.
    /// </summary>
    public static int OwnYear() => Interlocked.Increment(ref _lastYear);

    public static Actor ActorOf(TestUser user) => new(
        user.Id, user.Name, user.Roles.ToHashSet(), user.UnitId, user.DepartmentIds.ToHashSet());

    public static async Task<Guid> DraftAsync(HttpClient unit, EvaluationForm form)
    {
        var response = await unit.PostAsJsonAsync("/api/evaluations", form, Forms.Json);
        response.EnsureSuccessStatusCode();
        return (await Forms.Read<Evaluation>(response)).Id;
    }

    /// <summary>Drafts and submits a form, then waits until the consumers have scored it and opened its task.</summary>
    public static async Task<Evaluation> SubmitAsync(PlatformFixture platform, HttpClient unit, EvaluationForm form)
    {
        var id = await DraftAsync(unit, form);
        (await unit.SendAsync(Forms.Post($"/api/evaluations/{id}/submit"))).EnsureSuccessStatusCode();
        return await Eventually.Value(async () =>
        {
            var state = await LoadAsync(platform, id);
            return state is { Scorecard: not null, CurrentTask: not null } ? state : null;
        }, "the submission to be scored and its review task opened");
    }

    public static async Task<Evaluation?> LoadAsync(PlatformFixture platform, Guid id)
    {
        await using var session = Store(platform).QuerySession();
        return await session.LoadAsync<Evaluation>(id);
    }

    /// <summary>Appends review events as <paramref name="user"/>, as the review endpoints will.</summary>
    public static async Task<Evaluation> AppendAsync(
        PlatformFixture platform, Guid id, TestUser user, Func<Evaluation, object[]> events, string? correlationId = null)
    {
        var commands = platform.Services.GetRequiredService<EvaluationCommands>();
        var result = await commands.HandleAsync(
            id,
            null,
            new WriteContext(ActorOf(user), correlationId ?? Guid.NewGuid().ToString("N")),
            state => Decision.Accept(events(state)),
            CancellationToken.None);
        Assert.Equal(CommandOutcome.Appended, result.Outcome);
        return (Evaluation)result.State!;
    }

    public static Task<Evaluation> ClaimAsync(PlatformFixture platform, Guid id, TestUser reviewer) =>
        AppendAsync(platform, id, reviewer, s => [new ReviewTaskClaimed(s.CurrentTask!.TaskId, id, reviewer.Id, reviewer.Name)]);

    public static Task<Evaluation> ApproveAsync(PlatformFixture platform, Guid id, TestUser reviewer, decimal total, string grade) =>
        AppendAsync(platform, id, reviewer, s => [new EvaluationApproved(id, s.CurrentTask!.TaskId, total, grade, reviewer.Id, reviewer.Name)]);

    public static IDocumentStore Store(PlatformFixture platform) => platform.Services.GetRequiredService<IDocumentStore>();

    /// <summary>Waits until the async daemon has caught up with every event (the yearly facts are async).</summary>
    public static Task ProjectionsCaughtUpAsync(PlatformFixture platform) =>
        Store(platform).WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
}
