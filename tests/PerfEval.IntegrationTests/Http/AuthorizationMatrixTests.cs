using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>
/// Every endpoint × every kind of caller, from one table. An endpoint the application maps without a row here fails
/// <see cref="Every_endpoint_has_a_row_in_the_matrix"/>, so nothing new ships without its authorization stated.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class AuthorizationMatrixTests(PlatformFixture platform)
{
    public enum Who { OwnerUnit, OtherUnit, DepartmentReviewer, OtherReviewer, Manager, Admin, Anonymous }

    /// <summary>What a caller gets: let through (2xx, or a business answer such as 400/409), 401, 403, or 404.</summary>
    public enum Expect { Allowed, Unauthenticated, Forbidden, Hidden }

    /// <summary>The state of the form a row's request is made against; each cell gets a fresh one.</summary>
    public enum Setup { None, Draft, DraftWithEvidence, ClaimedByReviewer, Approved, RecheckClaimed, Calendar, TargetsDraft, TargetsClaimed, TargetsApproved, AdjustmentClaimed, RectificationIssued, RectificationClaimed }

    /// <param name="Body">The request's body, or a <see cref="Func{Cell, Object}"/> that makes it from the cell.</param>
    public sealed record Row(string Method, string Route, Setup Setup, Func<Cell, string> Path, object? Body, Expect[] Expected);

    /// <summary>A notice about the cell's form (its <see cref="Cell.EvaluationId"/> is the form's for RectificationIssued's POST).</summary>
    private static readonly Func<Cell, object> NoticeAboutTheForm = c => RectificationFlow.IssueBody(c.FormId);

    /// <summary>The form or target declaration (<paramref name="EvaluationId"/>) and task a cell's request is about.</summary>
    public sealed record Cell(Guid EvaluationId, Guid TaskId, string DepartmentId, Guid EvidenceId = default, Guid FormId = default);

    private const string MatrixProject = "授权矩阵项目";

    private static readonly object Adjusted = new
    {
        reason = "r",
        content = TargetFlow.Sample(MatrixProject) with
        {
            Indicators = [.. TargetFlow.Sample(MatrixProject).Indicators.Select((i, n) => n == 0 ? i with { Target = "≥7000.00(人)" } : i)],
        },
    };

    private static Expect[] E(Expect owner, Expect other, Expect reviewer, Expect otherReviewer, Expect manager, Expect admin) =>
        [owner, other, reviewer, otherReviewer, manager, admin, Expect.Unauthenticated];

    private const Expect A = Expect.Allowed;
    private const Expect F = Expect.Forbidden;
    private const Expect H = Expect.Hidden;

    public static readonly Row[] Matrix =
    [
        new("POST", "/api/evaluations", Setup.None, _ => "/api/evaluations", Forms.Sample(), E(A, A, F, F, F, F)),
        new("GET", "/api/evaluations", Setup.Draft, _ => "/api/evaluations", null, E(A, A, A, A, A, A)),
        new("POST", "/api/evaluations/score-preview", Setup.None, _ => "/api/evaluations/score-preview", Forms.Sample(), E(A, A, F, F, F, F)),
        new("GET", "/api/evaluations/{id:guid}", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}", null, E(A, H, A, H, A, H)),
        new("PUT", "/api/evaluations/{id:guid}", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}", Forms.Sample(), E(A, H, F, F, F, F)),
        new("POST", "/api/evaluations/{id:guid}/submit", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/submit", null, E(A, H, F, F, F, F)),
        new("GET", "/api/evaluations/{id:guid}/export", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/export?format=json", null, E(A, H, A, H, A, H)),
        new("PUT", "/api/evaluations/{id:guid}/report-sections", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/report-sections", new { basicInfo = "基本情况" }, E(A, H, F, F, F, F)),
        new("GET", "/api/evaluations/{id:guid}/report", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/report?format=docx", null, E(A, H, A, H, A, H)),
        new("GET", "/api/evaluations/template", Setup.None, _ => "/api/evaluations/template?kind=DepartmentWide", null, E(A, A, A, A, A, A)),
        new("POST", "/api/evaluations/import", Setup.None, _ => "/api/evaluations/import", null, E(A, A, F, F, F, F)),
        new("GET", "/api/review-tasks", Setup.None, _ => "/api/review-tasks", null, E(F, F, A, A, F, F)),
        new("POST", "/api/review-tasks/{taskId:guid}/claim", Setup.ClaimedByReviewer, c => $"/api/review-tasks/{c.TaskId}/claim", null, E(F, F, A, H, F, F)),
        new("POST", "/api/review-tasks/{taskId:guid}/release", Setup.ClaimedByReviewer, c => $"/api/review-tasks/{c.TaskId}/release", null, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/comments", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/comments", new { text = "ok" }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/adjustments", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/adjustments", new { target = "execution", score = 9, reason = "r" }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/request-revision", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/request-revision", new { reasons = new[] { "r" } }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/approve", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/approve", new { }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/reject", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/reject", new { reason = "r" }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/recheck", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/recheck", new { entries = new[] { new { target = "indicator", indicatorIndex = 2, clause = "FH-06" } } }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/recheck/withdraw", Setup.ClaimedByReviewer, c => $"/api/evaluations/{c.EvaluationId}/review/recheck/withdraw", new { target = "indicator", indicatorIndex = 2 }, E(F, F, A, H, F, F)),
        new("POST", "/api/evaluations/{id:guid}/review/recheck/complete", Setup.RecheckClaimed, c => $"/api/evaluations/{c.EvaluationId}/review/recheck/complete", null, E(F, F, A, H, F, F)),
        new("GET", "/api/evaluations/{id:guid}/recheck-workpaper", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/recheck-workpaper?format=json", null, E(F, F, A, H, A, F)),
        new("GET", "/api/rulebooks", Setup.None, _ => "/api/rulebooks", null, E(F, F, A, A, A, A)),
        new("GET", "/api/rulebooks/{region}/{year:int}", Setup.None, _ => "/api/rulebooks/default/2024", null, E(F, F, A, A, A, A)),
        new("PUT", "/api/rulebooks/{region}/{year:int}", Setup.None, _ => "/api/rulebooks/matrix/2030", new { clauses = Domain.Verification.DefaultRulebook.Instance.Clauses }, E(F, F, F, F, F, A)),
        new("POST", "/api/evaluations/{id:guid}/publish", Setup.Approved, c => $"/api/evaluations/{c.EvaluationId}/publish", null, E(F, F, F, F, A, F)),
        new("POST", "/api/evaluations/{id:guid}/reopen", Setup.Approved, c => $"/api/evaluations/{c.EvaluationId}/reopen", new { reason = "r" }, E(F, F, F, F, A, F)),
        new("GET", "/api/evaluations/{id:guid}/history", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/history", null, E(A, H, A, H, A, H)),
        new("GET", "/api/names", Setup.None, _ => "/api/names", null, E(A, A, A, A, A, A)),
        new("POST", "/api/evaluations/{id:guid}/evidence", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/evidence", null, E(A, H, F, F, F, F)),
        new("GET", "/api/evaluations/{id:guid}/evidence", Setup.DraftWithEvidence, c => $"/api/evaluations/{c.EvaluationId}/evidence", null, E(A, H, A, H, A, H)),
        new("GET", "/api/evaluations/{id:guid}/evidence/{evidenceId:guid}", Setup.DraftWithEvidence, c => $"/api/evaluations/{c.EvaluationId}/evidence/{c.EvidenceId}", null, E(A, H, A, H, A, H)),
        new("DELETE", "/api/evaluations/{id:guid}/evidence/{evidenceId:guid}", Setup.DraftWithEvidence, c => $"/api/evaluations/{c.EvaluationId}/evidence/{c.EvidenceId}", null, E(A, H, F, F, F, F)),
        new("GET", "/api/evaluations/{id:guid}/verify", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/verify", null, E(A, H, A, H, A, H)),
        new("GET", "/api/projections/yearly/{year:int}", Setup.Draft, c => $"/api/projections/yearly/2024?departmentId={c.DepartmentId}", null, E(F, F, A, H, A, F)),
        new("GET", "/api/calendar/{year:int}", Setup.Calendar, _ => $"/api/calendar/{CalendarYear}", null, E(A, A, A, A, A, A)),
        new("PUT", "/api/calendar/{year:int}", Setup.None, _ => "/api/calendar/2031", new { selfEvaluationDue = "2031-03-31", reviewDue = "2031-05-31", reminderOffsetsDays = new[] { 7 } }, E(F, F, F, F, F, A)),
        new("POST", "/api/reports", Setup.None, _ => "/api/reports", new { fiscalYear = 2024 }, E(F, F, F, F, A, F)),
        new("GET", "/api/reports", Setup.None, _ => "/api/reports", null, E(F, F, F, F, A, F)),
        new("GET", "/api/reports/{id:guid}", Setup.None, _ => $"/api/reports/{Guid.NewGuid()}", null, E(F, F, F, F, H, F)),
        new("POST", "/api/cross-checks/{year:int}/run", Setup.None, _ => "/api/cross-checks/2024/run", null, E(F, F, F, F, A, F)),
        new("GET", "/api/cross-checks/{year:int}", Setup.Draft, c => $"/api/cross-checks/2024?departmentId={c.DepartmentId}", null, E(F, F, A, H, A, F)),
        new("GET", "/api/evaluations/{id:guid}/cross-checks", Setup.Draft, c => $"/api/evaluations/{c.EvaluationId}/cross-checks", null, E(A, H, A, H, A, H)),
        new("GET", "/api/reports/{id:guid}/file", Setup.None, _ => $"/api/reports/{Guid.NewGuid()}/file", null, E(F, F, F, F, H, F)),
        new("POST", "/api/sampling/{year:int}", Setup.None, _ => "/api/sampling/2024", new { size = 1, departmentIds = new[] { "matrix-no-forms" } }, E(F, F, F, F, A, F)),
        new("GET", "/api/sampling/{year:int}", Setup.None, _ => "/api/sampling/2024", null, E(F, F, A, A, A, F)),
        new("GET", "/api/sampling/{year:int}/{drawId:guid}", Setup.None, _ => $"/api/sampling/2024/{Guid.NewGuid()}", null, E(F, F, H, H, H, F)),
        new("GET", "/api/sampling/{year:int}/{drawId:guid}/verify", Setup.None, _ => $"/api/sampling/2024/{Guid.NewGuid()}/verify", null, E(F, F, H, H, H, F)),
        new("GET", "/api/sampling/{year:int}/{drawId:guid}/workpaper", Setup.None, _ => $"/api/sampling/2024/{Guid.NewGuid()}/workpaper", null, E(F, F, H, H, H, F)),
        new("GET", "/api/sampling/{year:int}/{drawId:guid}/export", Setup.None, _ => $"/api/sampling/2024/{Guid.NewGuid()}/export", null, E(F, F, F, F, H, F)),
        new("POST", "/api/admin/projections/rebuild", Setup.None, _ => "/api/admin/projections/rebuild", null, E(F, F, F, F, F, A)),
        new("GET", "/api/notifications", Setup.None, _ => "/api/notifications", null, E(A, A, A, A, A, A)),
        new("POST", "/api/targets", Setup.None, _ => "/api/targets", TargetFlow.Sample(MatrixProject), E(A, A, F, F, F, F)),
        new("GET", "/api/targets", Setup.TargetsDraft, _ => "/api/targets", null, E(A, A, A, A, A, A)),
        new("GET", "/api/targets/{id:guid}", Setup.TargetsDraft, c => $"/api/targets/{c.EvaluationId}", null, E(A, H, A, H, A, H)),
        new("PUT", "/api/targets/{id:guid}", Setup.TargetsDraft, c => $"/api/targets/{c.EvaluationId}", TargetFlow.Sample(MatrixProject), E(A, H, F, F, F, F)),
        new("POST", "/api/targets/{id:guid}/submit", Setup.TargetsDraft, c => $"/api/targets/{c.EvaluationId}/submit", null, E(A, H, F, F, F, F)),
        new("GET", "/api/targets/{id:guid}/history", Setup.TargetsDraft, c => $"/api/targets/{c.EvaluationId}/history", null, E(A, H, A, H, A, H)),
        new("GET", "/api/targets/{id:guid}/findings", Setup.TargetsDraft, c => $"/api/targets/{c.EvaluationId}/findings", null, E(A, H, A, H, A, H)),
        new("POST", "/api/targets/{id:guid}/review/comments", Setup.TargetsClaimed, c => $"/api/targets/{c.EvaluationId}/review/comments", new { text = "ok" }, E(F, F, A, H, F, F)),
        new("POST", "/api/targets/{id:guid}/review/request-revision", Setup.TargetsClaimed, c => $"/api/targets/{c.EvaluationId}/review/request-revision", new { reasons = new[] { "r" } }, E(F, F, A, H, F, F)),
        new("POST", "/api/targets/{id:guid}/review/approve", Setup.TargetsClaimed, c => $"/api/targets/{c.EvaluationId}/review/approve", new { grade = "优" }, E(F, F, A, H, F, F)),
        new("POST", "/api/targets/{id:guid}/review/reject", Setup.TargetsClaimed, c => $"/api/targets/{c.EvaluationId}/review/reject", new { reason = "r" }, E(F, F, A, H, F, F)),
        new("POST", "/api/targets/{id:guid}/adjustments", Setup.TargetsApproved, c => $"/api/targets/{c.EvaluationId}/adjustments", Adjusted, E(A, H, F, F, F, F)),
        new("POST", "/api/targets/{id:guid}/adjustments/{number:int}/approve", Setup.AdjustmentClaimed, c => $"/api/targets/{c.EvaluationId}/adjustments/1/approve", null, E(F, F, A, H, F, F)),
        new("POST", "/api/targets/{id:guid}/adjustments/{number:int}/reject", Setup.AdjustmentClaimed, c => $"/api/targets/{c.EvaluationId}/adjustments/1/reject", new { reason = "r" }, E(F, F, A, H, F, F)),
        new("POST", "/api/targets/{id:guid}/monitoring", Setup.TargetsApproved, c => $"/api/targets/{c.EvaluationId}/monitoring", new { cutOffMonth = 6, executedToDate = 30, indicators = Array.Empty<object>() }, E(A, H, F, F, F, F)),
        new("POST", "/api/targets/import", Setup.None, _ => "/api/targets/import", null, E(A, A, F, F, F, F)),
        new("GET", "/api/targets/{id:guid}/export", Setup.TargetsDraft, c => $"/api/targets/{c.EvaluationId}/export?format=json", null, E(A, H, A, H, A, H)),
        new("GET", "/api/targets/template", Setup.None, _ => "/api/targets/template", null, E(A, A, A, A, A, A)),
        new("GET", "/api/monitoring/{year:int}", Setup.TargetsApproved, c => $"/api/monitoring/2024?departmentId={c.DepartmentId}", null, E(A, A, A, A, A, A)),
        new("POST", "/api/rectifications", Setup.RectificationIssued, _ => "/api/rectifications", NoticeAboutTheForm, E(F, F, A, H, A, F)),
        new("GET", "/api/rectifications", Setup.RectificationIssued, _ => "/api/rectifications", null, E(A, A, A, A, A, A)),
        new("GET", "/api/rectifications/{id:guid}", Setup.RectificationIssued, c => $"/api/rectifications/{c.EvaluationId}", null, E(A, H, A, H, A, H)),
        new("GET", "/api/rectifications/{id:guid}/history", Setup.RectificationIssued, c => $"/api/rectifications/{c.EvaluationId}/history", null, E(A, H, A, H, A, H)),
        new("POST", "/api/rectifications/{id:guid}/response", Setup.RectificationIssued, c => $"/api/rectifications/{c.EvaluationId}/response", new { measures = "已整改" }, E(A, H, F, F, F, F)),
        new("POST", "/api/rectifications/{id:guid}/accept", Setup.RectificationClaimed, c => $"/api/rectifications/{c.EvaluationId}/accept", new { comment = "ok" }, E(F, F, A, H, F, F)),
        new("POST", "/api/rectifications/{id:guid}/return", Setup.RectificationClaimed, c => $"/api/rectifications/{c.EvaluationId}/return", new { reason = "r" }, E(F, F, A, H, F, F)),
        new("GET", "/api/budget-advice/{year:int}", Setup.None, c => $"/api/budget-advice/2024?departmentId={c.DepartmentId}", null, E(F, F, F, F, A, F)),
        new("POST", "/api/budget-advice/{year:int}/{formId:guid}/override", Setup.Approved, c => $"/api/budget-advice/2024/{c.EvaluationId}/override", new { advice = "Cut", reason = "r" }, E(F, F, F, F, A, F)),
        new("GET", "/api/budget-advice/{year:int}/export", Setup.None, c => $"/api/budget-advice/2024/export?format=xlsx&departmentId={c.DepartmentId}", null, E(F, F, F, F, A, F)),
        new("POST", "/api/notifications/{id:guid}/read", Setup.None, _ => $"/api/notifications/{Guid.NewGuid()}/read", null, E(H, H, H, H, H, H)),
        new("GET", "/api/public-settings", Setup.None, _ => "/api/public-settings", null, E(F, F, F, F, F, A)),
        new("PUT", "/api/public-settings", Setup.None, _ => "/api/public-settings", new { hiddenFields = Array.Empty<string>() }, E(F, F, F, F, F, A)),
        // The directory: admins write it, everyone signed in reads the names.
        new("GET", "/api/directory", Setup.None, _ => "/api/directory", null, E(F, F, F, F, F, A)),
        new("GET", "/api/directory/names", Setup.None, _ => "/api/directory/names", null, E(A, A, A, A, A, A)),
        new("GET", "/api/me", Setup.None, _ => "/api/me", null, E(A, A, A, A, A, A)),
        new("GET", "/api/directory/history", Setup.None, _ => "/api/directory/history", null, E(F, F, F, F, F, A)),
        new("GET", "/api/directory/export.xlsx", Setup.None, _ => "/api/directory/export.xlsx", null, E(F, F, F, F, F, A)),
        new("POST", "/api/directory/import", Setup.None, _ => "/api/directory/import?preview=true", new { departments = new[] { new { id = "dept-matrix", code = "M-01", name = "矩阵部门" } } }, E(F, F, F, F, F, A)),
        new("GET", "/api/directory/departments/{id}", Setup.None, _ => "/api/directory/departments/dept-qingpu-union", null, E(F, F, F, F, F, A)),
        new("PUT", "/api/directory/departments/{id}", Setup.None, _ => "/api/directory/departments/dept-matrix", new { code = "M-01", name = "矩阵部门" }, E(F, F, F, F, F, A)),
        new("GET", "/api/directory/units/{id}", Setup.None, _ => "/api/directory/units/unit-qingpu-union", null, E(F, F, F, F, F, A)),
        new("PUT", "/api/directory/units/{id}", Setup.None, _ => "/api/directory/units/unit-matrix", new { code = "M-U01", name = "矩阵单位", departmentId = "dept-qingpu-union" }, E(F, F, F, F, F, A)),
        new("GET", "/api/directory/people/{userId}", Setup.None, _ => "/api/directory/people/demo-reviewer", null, E(F, F, F, F, F, A)),
        new("PUT", "/api/directory/people/{userId}", Setup.None, _ => "/api/directory/people/matrix-person", new { name = "矩阵人员", roles = new[] { "manager" } }, E(F, F, F, F, F, A)),
        new("GET", "/api/years", Setup.Draft, _ => "/api/years", null, E(A, A, A, A, A, A)),
    ];

    /// <summary>Endpoints open to anyone on purpose.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "POST /api/auth/dev-token", "GET /api/auth/options", "GET /health/live", "GET /health/ready", "GET /openapi/{documentName}.json",
        "GET /docs/{documentName?}", "GET /docs/favicon.svg", "GET /docs/scalar.aspnetcore.js", "GET /docs/scalar.js",
    ];

    public static IEnumerable<object[]> Cells() =>
        from index in Enumerable.Range(0, Matrix.Length)
        from who in Enum.GetValues<Who>()
        select new object[] { $"{Matrix[index].Method} {Matrix[index].Route}", who };

    [Fact]
    public void Every_endpoint_has_a_row_in_the_matrix()
    {
        var mapped = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Normalize(e.RoutePattern.RawText)}"))
            .Where(e => !e.StartsWith("* ", StringComparison.Ordinal) && !e.Contains("/hangfire", StringComparison.Ordinal))
            .ToHashSet();
        var covered = Matrix.Select(r => $"{r.Method} {r.Route}").Concat(Anonymous)
            .Concat(PublicSite.Select(r => $"{r.Method} {r.Route}")).ToHashSet();

        Assert.Empty(mapped.Except(covered).Order());
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Caller_gets_what_the_matrix_says(string endpoint, Who who)
    {
        var row = Matrix.Single(r => $"{r.Method} {r.Route}" == endpoint);
        var expected = row.Expected[(int)who];
        var org = TestOrg.New();
        var cell = await Prepare(row.Setup, org);
        var client = await ClientFor(who, org);

        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path(cell));
        var body = row.Body is Func<Cell, object> make ? make(cell) : row.Body;
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Forms.Json);
        }

        var response = await client.SendAsync(request);

        var actual = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Expect.Unauthenticated,
            HttpStatusCode.Forbidden => Expect.Forbidden,
            HttpStatusCode.NotFound => Expect.Hidden,
            _ when (int)response.StatusCode < 500 => Expect.Allowed,
            _ => throw new Xunit.Sdk.XunitException($"{endpoint} as {who}: {(int)response.StatusCode}"),
        };
        Assert.True(expected == actual,
            $"{endpoint} as {who}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private const int CalendarYear = 2032;

    private async Task<Cell> Prepare(Setup setup, TestOrg org)
    {
        if (setup == Setup.Calendar)
        {
            var admin = await platform.ClientFor(TestUser.Admin());
            var put = await admin.PutAsJsonAsync($"/api/calendar/{CalendarYear}", new
            {
                selfEvaluationDue = "2033-03-31",
                reviewDue = "2033-05-31",
                reminderOffsetsDays = new[] { 14, 7 },
            });
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
            return new Cell(Guid.Empty, Guid.Empty, org.DepartmentId);
        }

        if (setup == Setup.None)
        {
            return new Cell(Guid.Empty, Guid.Empty, org.DepartmentId);
        }

        if (setup is Setup.TargetsDraft or Setup.TargetsClaimed or Setup.TargetsApproved or Setup.AdjustmentClaimed)
        {
            return await PrepareTargets(setup, org);
        }

        var flow = new FormFlow(platform);
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        if (setup == Setup.Draft)
        {
            return new Cell(draft.Id, Guid.Empty, org.DepartmentId);
        }

        if (setup == Setup.DraftWithEvidence)
        {
            var upload = await Evidence.EvidenceUploads.Upload(
                unit, draft.Id, Evidence.EvidenceUploads.Content(Evidence.EvidenceUploads.Pdf(), "凭证.pdf", "Voucher"));
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            var evidence = await Forms.Read<System.Text.Json.JsonElement>(upload);
            return new Cell(draft.Id, Guid.Empty, org.DepartmentId, evidence.GetProperty("id").GetGuid());
        }

        var reviewer = await platform.ClientFor(ReviewerOf(org));
        await flow.Submit(unit, draft.Id);
        if (setup is Setup.RectificationIssued or Setup.RectificationClaimed)
        {
            await flow.WaitForScore(unit, draft.Id);
            var notice = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(draft.Id));
            if (setup == Setup.RectificationIssued)
            {
                return new Cell(notice.Id, Guid.Empty, org.DepartmentId, FormId: draft.Id);
            }

            await RectificationFlow.Act(unit, $"/api/rectifications/{notice.Id}/response", new { measures = "已整改" });
            var answerTask = await RectificationFlow.ClaimAsync(reviewer, notice.Id);
            return new Cell(notice.Id, answerTask.Id, org.DepartmentId, FormId: draft.Id);
        }

        var task = await flow.Claim(reviewer, draft.Id);
        if (setup is Setup.Approved or Setup.RecheckClaimed)
        {
            Assert.Equal(HttpStatusCode.OK, (await flow.Act(reviewer, draft.Id, "review/approve")).StatusCode);
        }

        if (setup == Setup.RecheckClaimed)
        {
            // A sample drew the approved form: its re-check task, claimed by the department's reviewer.
            var draw = Guid.NewGuid();
            await Lifecycle.AppendAsync(platform, draft.Id, ReviewerOf(org), s => [.. RecheckTasks.Open(s, draw, null).Events]);
            var recheck = RecheckTasks.IdFor(draft.Id, draw);
            await Eventually.Value(async () =>
                (await reviewer.PostAsync($"/api/review-tasks/{recheck}/claim", null)).StatusCode == HttpStatusCode.OK ? "claimed" : null,
                "the re-check task claimed");
            return new Cell(draft.Id, recheck, org.DepartmentId);
        }

        return new Cell(draft.Id, task.Id, org.DepartmentId);
    }

    private async Task<Cell> PrepareTargets(Setup setup, TestOrg org)
    {
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(ReviewerOf(org));
        var declared = await TargetFlow.Declare(unit, TargetFlow.Sample(MatrixProject));
        if (setup == Setup.TargetsDraft)
        {
            return new Cell(declared.Id, Guid.Empty, org.DepartmentId);
        }

        await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/submit");
        var task = await TargetFlow.Claim(reviewer, declared.Id, ReviewTaskKind.Targets);
        if (setup == Setup.TargetsClaimed)
        {
            return new Cell(declared.Id, task.Id, org.DepartmentId);
        }

        await TargetFlow.Act(reviewer, $"/api/targets/{declared.Id}/review/approve", new { grade = "良" });
        if (setup == Setup.TargetsApproved)
        {
            return new Cell(declared.Id, Guid.Empty, org.DepartmentId);
        }

        await TargetFlow.Act(unit, $"/api/targets/{declared.Id}/adjustments", Adjusted);
        var adjustment = await TargetFlow.Claim(reviewer, declared.Id, ReviewTaskKind.TargetAdjustment);
        return new Cell(declared.Id, adjustment.Id, org.DepartmentId);
    }

    private static TestUser ReviewerOf(TestOrg org) =>
        new($"reviewer-{org.DepartmentId}", "Department reviewer", ["reviewer"], null, [org.DepartmentId]);

    private async Task<HttpClient> ClientFor(Who who, TestOrg org) => who switch
    {
        Who.OwnerUnit => await platform.ClientFor(org.Submitter),
        Who.OtherUnit => await platform.ClientFor(TestUser.Unit(TestOrg.New().UnitId, org.DepartmentId)),
        Who.DepartmentReviewer => await platform.ClientFor(ReviewerOf(org)),
        Who.OtherReviewer => await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId)),
        Who.Manager => await platform.ClientFor(TestUser.Manager()),
        Who.Admin => await platform.ClientFor(TestUser.Admin()),
        _ => platform.AnonymousClient(),
    };

    private static string Normalize(string? route) => "/" + (route ?? "").Trim('/');
}
