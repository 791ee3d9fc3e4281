using System.Net;
using System.Net.Http.Json;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>Steps of a target declaration's life through the HTTP API, for tests that need one in a given state.</summary>
public sealed class TargetFlow
{
    /// <summary>The seed form's project as a declaration of its targets (the form's header, budget, goals, indicators).</summary>
    public static TargetContent Sample(string? projectName = null, int year = 2024)
    {
        var form = Forms.Sample();
        return new TargetContent
        {
            Header = form.Header with { ProjectName = projectName ?? $"灵活就业工作经费-{Guid.NewGuid():N}"[..20], FiscalYear = year },
            Budget = new TargetBudget
            {
                Total = form.Funds.Total.InitialBudget,
                CurrentAppropriation = form.Funds.CurrentAppropriation.InitialBudget,
                CarryOver = form.Funds.CarryOver.InitialBudget,
                Other = form.Funds.Other.InitialBudget,
            },
            Goals = form.Goals.Expected,
            ExecutionWeight = form.Funds.Weight,
            Indicators = [.. form.Indicators.Select(i => new TargetIndicator
            {
                Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Target = i.Target, Weight = i.Weight,
            })],
        };
    }

    public static async Task<TargetDeclaration> Read(HttpClient client, Guid id) =>
        await Forms.Read<TargetDeclaration>(await client.GetAsync($"/api/targets/{id}"));

    public static async Task<TargetDeclaration> Declare(HttpClient unit, TargetContent? content = null)
    {
        var response = await unit.PostAsJsonAsync("/api/targets", content ?? Sample(), Forms.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Forms.Read<TargetDeclaration>(response);
    }

    public static async Task<TargetDeclaration> Act(HttpClient client, string path, object? body = null)
    {
        var response = await client.PostAsJsonAsync(path, body ?? new { }, Forms.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Forms.Read<TargetDeclaration>(response);
    }

    /// <summary>The declaration's current task from the reviewer's queue, claimed.</summary>
    public static async Task<ReviewTask> Claim(HttpClient reviewer, Guid targetId, ReviewTaskKind kind)
    {
        var page = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Open&pageSize=200"));
        var task = page.Items.Single(t => t.EvaluationId == targetId && t.Kind == kind);
        await Act(reviewer, $"/api/review-tasks/{task.Id}/claim");
        return task;
    }

    /// <summary>A new org's declaration, submitted and approved with grade 良 by the org's reviewer.</summary>
    public static async Task<(TestOrg Org, HttpClient Unit, HttpClient Reviewer, TargetDeclaration Targets)> Approved(
        PlatformFixture platform, TargetContent? content = null)
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var declared = await Declare(unit, content);
        await Act(unit, $"/api/targets/{declared.Id}/submit");
        await Claim(reviewer, declared.Id, ReviewTaskKind.Targets);
        var approved = await Act(reviewer, $"/api/targets/{declared.Id}/review/approve", new { grade = "良" });
        return (org, unit, reviewer, approved);
    }

    /// <summary>The seed form filled in against <paramref name="targets"/>: its actuals and scores, the targets' cells.</summary>
    public static EvaluationForm FormFor(TargetContent targets)
    {
        var form = Forms.Sample();
        return form with
        {
            Header = targets.Header,
            Goals = form.Goals with { Expected = targets.Goals },
            Indicators = [.. form.Indicators.Zip(targets.Indicators, (row, t) => row with
            {
                Level1 = t.Level1, Level2 = t.Level2, Name = t.Name, Target = t.Target, Weight = t.Weight,
            })],
        };
    }
}
