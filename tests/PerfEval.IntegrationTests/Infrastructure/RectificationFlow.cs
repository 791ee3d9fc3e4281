using System.Net;
using System.Net.Http.Json;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Rectification;
using PerfEval.IntegrationTests.Evidence;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>Rectification notices over HTTP: a submitted form with a supporting file, a notice about it, its rounds.</summary>
public static class RectificationFlow
{
    /// <summary>A deadline comfortably after today wherever the tests run.</summary>
    public static string Deadline(int days = 30) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A new org's form with one supporting file, submitted and scored.</summary>
    public static async Task<(TestOrg Org, HttpClient Unit, Evaluation Form)> SubmittedFormAsync(PlatformFixture platform, int? year = null)
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var form = Lifecycle.SeedForms[4];
        var id = await Lifecycle.DraftAsync(unit, year is { } y ? form.InYear(y) : form);
        (await EvidenceUploads.Upload(unit, id, EvidenceUploads.Content(EvidenceUploads.Pdf(), "整改前验收报告.pdf"))).EnsureSuccessStatusCode();
        (await unit.SendAsync(Forms.Post($"/api/evaluations/{id}/submit"))).EnsureSuccessStatusCode();
        var submitted = await Eventually.Value(async () =>
        {
            var state = await Lifecycle.LoadAsync(platform, id);
            return state is { Scorecard: not null, CurrentTask: not null } ? state : null;
        }, "the submission to be scored and its review task opened");
        return (org, unit, submitted);
    }

    public static object IssueBody(Guid formId, string? findingCode = null, string? deadline = null) => new
    {
        evaluationId = formId,
        problems = new object[]
        {
            new { description = "资金总额与分项合计不符", findingCode },
            new { description = "满意度调查缺少原始问卷" },
        },
        requirement = "补充原始问卷并说明资金差异原因",
        deadline = deadline ?? Deadline(),
    };

    public static async Task<RectificationNotice> IssueAsync(HttpClient issuer, object body)
    {
        var response = await issuer.PostAsJsonAsync("/api/rectifications", body, Forms.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Forms.Read<RectificationNotice>(response);
    }

    public static async Task<RectificationNotice> Act(HttpClient client, string path, object? body = null)
    {
        var response = await client.PostAsJsonAsync(path, body ?? new { }, Forms.Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await Forms.Read<RectificationNotice>(response);
    }

    /// <summary>The notice's open answer task from the reviewer's queue, claimed.</summary>
    public static async Task<ReviewTask> ClaimAsync(HttpClient reviewer, Guid noticeId)
    {
        var page = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Open&pageSize=200"));
        var task = page.Items.Single(t => t.EvaluationId == noticeId && t.Kind == ReviewTaskKind.Rectification);
        await Act(reviewer, $"/api/review-tasks/{task.Id}/claim");
        return task;
    }
}
