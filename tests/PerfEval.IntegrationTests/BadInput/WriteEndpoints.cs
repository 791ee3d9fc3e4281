using System.Globalization;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>Who calls an endpoint in the corpus: the caller the endpoint is meant for, so refusals are about input.</summary>
public enum Caller { Anonymous, Unit, Reviewer, Manager, Admin }

/// <summary>
/// One write endpoint of the corpus: where to send, who sends, a valid body the malformed ones derive from (null when
/// the endpoint reads no body), and a fingerprint of what it would store, compared before and after each case.
/// </summary>
public sealed record WriteEndpoint(
    string Method,
    string Route,
    Caller Caller,
    Func<BadInputStage, string> Path,
    object? ValidBody,
    Func<BadInputStage, Task<string>> Stored,
    bool ReadsIfMatch = false,
    bool TakesIdempotencyKey = false)
{
    public string Name => $"{Method} {Route}";

    public HttpClient ClientOf(BadInputStage stage) => Caller switch
    {
        Caller.Unit => stage.Unit,
        Caller.Reviewer => stage.Reviewer,
        Caller.Manager => stage.Manager,
        Caller.Admin => stage.Admin,
        _ => stage.Anonymous,
    };
}

/// <summary>
/// Every POST, PUT and DELETE the API maps. A write endpoint mapped without a row here fails
/// <see cref="BadInputTests.Every_write_endpoint_is_in_the_corpus"/>.
/// </summary>
public static class WriteEndpoints
{
    public static readonly WriteEndpoint[] All =
    [
        new("POST", "/api/auth/dev-token", Caller.Anonymous, _ => "/api/auth/dev-token",
            new { userId = "u-corpus", name = "填报人", roles = new[] { "unit" }, unitId = "unit-corpus", departmentIds = new[] { "dept-corpus" } },
            _ => Task.FromResult("stores nothing")),
        new("POST", "/api/evaluations", Caller.Unit, _ => "/api/evaluations", Forms.Sample(), UnitForms),
        new("POST", "/api/evaluations/score-preview", Caller.Unit, _ => "/api/evaluations/score-preview", Forms.Sample(),
            UnitForms),
        new("PUT", "/api/evaluations/{id:guid}", Caller.Unit, s => $"/api/evaluations/{s.DraftId}", Forms.Sample(),
            s => Form(s, s.DraftId), ReadsIfMatch: true),
        new("POST", "/api/evaluations/{id:guid}/submit", Caller.Unit, s => $"/api/evaluations/{s.DraftId}/submit", null,
            s => Form(s, s.DraftId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("PUT", "/api/evaluations/{id:guid}/report-sections", Caller.Unit, s => $"/api/evaluations/{s.DraftId}/report-sections",
            new { basicInfo = "项目基本情况", goalCompletion = "目标完成", deviationAndImprovement = "偏离原因", resultUse = "结果应用" },
            s => Form(s, s.DraftId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/import", Caller.Unit, _ => "/api/evaluations/import", null, UnitForms),
        new("POST", "/api/evaluations/{id:guid}/evidence", Caller.Unit, s => $"/api/evaluations/{s.DraftId}/evidence", null,
            s => Form(s, s.DraftId), ReadsIfMatch: true),
        new("DELETE", "/api/evaluations/{id:guid}/evidence/{evidenceId:guid}", Caller.Unit,
            s => $"/api/evaluations/{s.DraftId}/evidence/{s.EvidenceId}", null, s => Form(s, s.DraftId), ReadsIfMatch: true,
            TakesIdempotencyKey: true),
        new("POST", "/api/review-tasks/{taskId:guid}/claim", Caller.Reviewer, s => $"/api/review-tasks/{s.TaskId}/claim", null,
            s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/review-tasks/{taskId:guid}/release", Caller.Reviewer, s => $"/api/review-tasks/{s.TaskId}/release", null,
            s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/comments", Caller.Reviewer, s => $"/api/evaluations/{s.ClaimedId}/review/comments",
            new { text = "台账不全", indicatorIndex = 0 }, s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/adjustments", Caller.Reviewer, s => $"/api/evaluations/{s.ClaimedId}/review/adjustments",
            new { target = "indicator", indicatorIndex = 0, score = 12.5m, reason = "台账不全" }, s => Form(s, s.ClaimedId),
            ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/request-revision", Caller.Reviewer,
            s => $"/api/evaluations/{s.ClaimedId}/review/request-revision", new { reasons = new[] { "补充台账" } },
            s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/approve", Caller.Reviewer, s => $"/api/evaluations/{s.ClaimedId}/review/approve", null,
            s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/reject", Caller.Reviewer, s => $"/api/evaluations/{s.ClaimedId}/review/reject",
            new { reason = "不符合要求" }, s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/recheck", Caller.Reviewer, s => $"/api/evaluations/{s.ClaimedId}/review/recheck",
            new { entries = new[] { new { target = "indicator", indicatorIndex = 2, verifiedActual = "90%", clause = "FH-06", remark = "无法量化" } } },
            s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/recheck/withdraw", Caller.Reviewer,
            s => $"/api/evaluations/{s.ClaimedId}/review/recheck/withdraw", new { target = "indicator", indicatorIndex = 2 },
            s => Form(s, s.ClaimedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/review/recheck/complete", Caller.Reviewer,
            s => $"/api/evaluations/{s.ApprovedId}/review/recheck/complete", null, s => Form(s, s.ApprovedId), ReadsIfMatch: true,
            TakesIdempotencyKey: true),
        new("PUT", "/api/rulebooks/{region}/{year:int}", Caller.Admin, _ => $"/api/rulebooks/corpus/{BadInputStage.CalendarYear}",
            new { clauses = Domain.Verification.DefaultRulebook.Instance.Clauses }, Rulebook),
        new("POST", "/api/evaluations/{id:guid}/publish", Caller.Manager, s => $"/api/evaluations/{s.ApprovedId}/publish", null,
            s => Form(s, s.ApprovedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/evaluations/{id:guid}/reopen", Caller.Manager, s => $"/api/evaluations/{s.ApprovedId}/reopen",
            new { reason = "数据有误" }, s => Form(s, s.ApprovedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("PUT", "/api/calendar/{year:int}", Caller.Admin, _ => $"/api/calendar/{BadInputStage.CalendarYear}",
            new { selfEvaluationDue = "2042-03-31", reviewDue = "2042-05-31", reminderOffsetsDays = new[] { 7 }, timeZone = "Asia/Shanghai" },
            Calendar),
        new("POST", "/api/reports", Caller.Manager, _ => "/api/reports", new { fiscalYear = 2024 }, Reports),
        new("POST", "/api/cross-checks/{year:int}/run", Caller.Manager, _ => $"/api/cross-checks/{CrossCheckYear}/run", null, CrossCheckRun),
        new("POST", "/api/sampling/{year:int}", Caller.Manager, _ => $"/api/sampling/{SamplingYear}",
            new { departmentIds = new[] { "dept-corpus-none" }, minAmount = 10m, statuses = new[] { "Approved" }, size = 1, seed = "语料种子" },
            Draws, TakesIdempotencyKey: true),
        new("POST", "/api/notifications/{id:guid}/read", Caller.Unit, s => $"/api/notifications/{s.NotificationId}/read", null, Notifications),
        new("POST", "/api/targets", Caller.Unit, _ => "/api/targets", TargetFlow.Sample(BadInputStage.CorpusProject + "新"), UnitTargets),
        new("POST", "/api/targets/import", Caller.Unit, _ => "/api/targets/import", null, UnitTargets),
        new("PUT", "/api/targets/{id:guid}", Caller.Unit, s => $"/api/targets/{s.Targets.Draft}", TargetFlow.Sample(BadInputStage.CorpusProject + "草稿"),
            s => Targets(s, s.Targets.Draft), ReadsIfMatch: true),
        new("POST", "/api/targets/{id:guid}/submit", Caller.Unit, s => $"/api/targets/{s.Targets.Draft}/submit", null,
            s => Targets(s, s.Targets.Draft), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/review/comments", Caller.Reviewer, s => $"/api/targets/{s.Targets.Claimed}/review/comments",
            new { text = "目标偏低", indicatorIndex = 0 }, s => Targets(s, s.Targets.Claimed), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/review/request-revision", Caller.Reviewer, s => $"/api/targets/{s.Targets.Claimed}/review/request-revision",
            new { reasons = new[] { "补充测算依据" } }, s => Targets(s, s.Targets.Claimed), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/review/approve", Caller.Reviewer, s => $"/api/targets/{s.Targets.Claimed}/review/approve",
            new { grade = "良" }, s => Targets(s, s.Targets.Claimed), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/review/reject", Caller.Reviewer, s => $"/api/targets/{s.Targets.Claimed}/review/reject",
            new { reason = "不符合要求" }, s => Targets(s, s.Targets.Claimed), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/adjustments", Caller.Unit, s => $"/api/targets/{s.Targets.Approved}/adjustments",
            new { reason = "政策调整", content = BadInputStage.AdjustedTargets(BadInputStage.CorpusProject + "已批复") },
            s => Targets(s, s.Targets.Approved), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/adjustments/{number:int}/approve", Caller.Reviewer,
            s => $"/api/targets/{s.Targets.Adjusting}/adjustments/1/approve", null, s => Targets(s, s.Targets.Adjusting),
            ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/adjustments/{number:int}/reject", Caller.Reviewer,
            s => $"/api/targets/{s.Targets.Adjusting}/adjustments/1/reject", new { reason = "依据不足" }, s => Targets(s, s.Targets.Adjusting),
            ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/targets/{id:guid}/monitoring", Caller.Unit, s => $"/api/targets/{s.Targets.Approved}/monitoring",
            new { cutOffMonth = 6, executedToDate = 30m, indicators = new[] { new { index = 0, valueSoFar = "3900(人)", onTrack = true } } },
            s => Targets(s, s.Targets.Approved), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/rectifications", Caller.Manager, _ => "/api/rectifications",
            new
            {
                unitId = "unit-corpus-rect", departmentId = "dept-corpus-rect", fiscalYear = 2024,
                problems = new[] { new { description = "佐证材料不全", findingCode = (string?)null, recheckCell = (string?)null } },
                requirement = "补充佐证材料", deadline = RectificationFlow.Deadline(),
            },
            CorpusNotices),
        new("POST", "/api/rectifications/{id:guid}/response", Caller.Unit, s => $"/api/rectifications/{s.Notices.Issued}/response",
            new { measures = "已补充台账", evidenceIds = Array.Empty<Guid>() }, s => Notice(s, s.Notices.Issued), ReadsIfMatch: true,
            TakesIdempotencyKey: true),
        new("POST", "/api/rectifications/{id:guid}/accept", Caller.Reviewer, s => $"/api/rectifications/{s.Notices.Claimed}/accept",
            new { comment = "整改到位" }, s => Notice(s, s.Notices.Claimed), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/rectifications/{id:guid}/return", Caller.Reviewer, s => $"/api/rectifications/{s.Notices.Claimed}/return",
            new { reason = "台账缺少签章", deadline = RectificationFlow.Deadline(40) }, s => Notice(s, s.Notices.Claimed),
            ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/budget-advice/{year:int}/{formId:guid}/override", Caller.Manager,
            s => $"/api/budget-advice/2024/{s.ApprovedId}/override", new { advice = "Cut", cutPercent = 15m, reason = "绩效目标偏低" },
            s => Form(s, s.ApprovedId), ReadsIfMatch: true, TakesIdempotencyKey: true),
        new("POST", "/api/admin/projections/rebuild", Caller.Admin, _ => "/api/admin/projections/rebuild", null,
            _ => Task.FromResult("stores nothing a malformed request could change")),
        new("PUT", "/api/public-settings", Caller.Admin, _ => "/api/public-settings", new { hiddenFields = Array.Empty<string>() },
            PublicSettings),
        // The directory: one entry per kind (ids no other test uses) and the import (its files are the upload corpus's).
        new("PUT", "/api/directory/departments/{id}", Caller.Admin, _ => "/api/directory/departments/dept-corpus-directory",
            new { code = "CORPUS-D", name = "语料部门" }, s => DirectoryEntry(s, "departments/dept-corpus-directory")),
        new("PUT", "/api/directory/units/{id}", Caller.Admin, _ => "/api/directory/units/unit-corpus-directory",
            new { code = "CORPUS-U", name = "语料单位", departmentId = "dept-qingpu-union" }, s => DirectoryEntry(s, "units/unit-corpus-directory")),
        new("PUT", "/api/directory/people/{userId}", Caller.Admin, _ => "/api/directory/people/corpus-directory-person",
            new { name = "语料人员", roles = new[] { "reviewer" }, departmentIds = new[] { "dept-qingpu-union" } },
            s => DirectoryEntry(s, "people/corpus-directory-person")),
        new("POST", "/api/directory/import", Caller.Admin, _ => "/api/directory/import", null, DirectoryVersion),
    ];

    /// <summary>A year no other test draws from: the corpus's draws are all refused, so the year's list stays empty.</summary>
    private const int SamplingYear = 2199;

    public static WriteEndpoint Named(string name) => All.Single(e => e.Name == name);

    private static async Task<string> Form(BadInputStage stage, Guid id) =>
        await stage.Manager.GetStringAsync($"/api/evaluations/{id}");

    private static async Task<string> UnitForms(BadInputStage stage) =>
        (await Forms.Read<PagedList<object>>(
            await stage.Manager.GetAsync($"/api/evaluations?unitId={stage.Org.UnitId}&pageSize=1"))).Total.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> Notice(BadInputStage stage, Guid id) =>
        await stage.Manager.GetStringAsync($"/api/rectifications/{id}");

    private static async Task<string> CorpusNotices(BadInputStage stage) =>
        (await Forms.Read<PagedList<object>>(await stage.Manager.GetAsync("/api/rectifications?year=2024&pageSize=1"))).Total.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> Targets(BadInputStage stage, Guid id) =>
        await stage.Manager.GetStringAsync($"/api/targets/{id}");

    private static async Task<string> UnitTargets(BadInputStage stage) =>
        (await Forms.Read<PagedList<object>>(await stage.Unit.GetAsync("/api/targets?pageSize=1"))).Total.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> Calendar(BadInputStage stage) =>
        ((int)(await stage.Admin.GetAsync($"/api/calendar/{BadInputStage.CalendarYear}")).StatusCode).ToString(CultureInfo.InvariantCulture);

    private static async Task<string> Rulebook(BadInputStage stage) =>
        await stage.Admin.GetStringAsync($"/api/rulebooks/corpus/{BadInputStage.CalendarYear}");
    /// <summary>A year no other case runs the checks of.</summary>
    private const int CrossCheckYear = 2043;

    private static async Task<string> CrossCheckRun(BadInputStage stage) =>
        (await Forms.Read<System.Text.Json.JsonElement>(await stage.Manager.GetAsync($"/api/cross-checks/{CrossCheckYear}?pageSize=1")))
            .GetProperty("run").ToString();

    private static async Task<string> Reports(BadInputStage stage) =>
        (await Forms.Read<PagedList<object>>(await stage.Manager.GetAsync("/api/reports?pageSize=1"))).Total.ToString(CultureInfo.InvariantCulture);

    private static async Task<string> Draws(BadInputStage stage) =>
        await stage.Manager.GetStringAsync($"/api/sampling/{SamplingYear}");

    private static async Task<string> PublicSettings(BadInputStage stage) =>
        (await Forms.Read<System.Text.Json.JsonElement>(await stage.Admin.GetAsync("/api/public-settings")))
            .GetProperty("hiddenFields").ToString();

    private static async Task<string> DirectoryEntry(BadInputStage stage, string path)
    {
        var response = await stage.Admin.GetAsync($"/api/directory/{path}");
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : $"{(int)response.StatusCode}";
    }

    private static async Task<string> DirectoryVersion(BadInputStage stage) =>
        (await Forms.Read<System.Text.Json.JsonElement>(await stage.Admin.GetAsync("/api/directory"))).GetProperty("version").ToString();

    private static async Task<string> Notifications(BadInputStage stage) =>
        (await Forms.Read<PagedList<object>>(await stage.Unit.GetAsync("/api/notifications?unread=true&pageSize=1"))).Total.ToString(CultureInfo.InvariantCulture);
}
