using System.Text;
using Hangfire;
using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;
using PerfEval.Platform.Jobs;
using PerfEval.Platform.Reports;

namespace PerfEval.Api.Reports;

/// <summary>Year-end aggregate reports (docs/architecture.md#jobs): asked for, built by a job, listed and downloaded. Managers only.</summary>
public static class ReportEndpoints
{
    public sealed record ReportRequest(int? FiscalYear);

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization(Policies.Manager);
        group.MapPost("/", Request).Produces<YearReport>(StatusCodes.Status202Accepted).WithSummary("Ask for a fiscal year's aggregate report: 202 with its id; a job builds it");
        group.MapGet("/", List).Produces<PagedList<YearReport>>().ProducesProblems(400).WithSummary("Reports, newest first, paged");
        group.MapGet("/{id:guid}", Get).Produces<YearReport>().ProducesProblems(404).WithSummary("A report's status");
        group.MapGet("/{id:guid}/file", File)
            .ProducesFile(XlsxContentType, "application/json")
            .ProducesProblems(400, 404, 409)
            .WithSummary("A completed report's file: format=xlsx (default) or json");
    }

    private static async Task<IResult> Request(
        ReportRequest? request, HttpContext http, IDocumentSession session, IBackgroundJobClient jobs, TimeProvider clock,
        CancellationToken ct)
    {
        if (request?.FiscalYear is not { } year || !FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid(
                "fiscalYear", $"未填写或不在范围内，应为{FiscalYears.Expected}。", $"is missing or out of range; it must be {FiscalYears.ExpectedEn}.");
        }

        var report = YearReport.Queued(Guid.CreateVersion7(), year, http.User.ToActor().Id, clock.GetUtcNow());
        session.Store(report);
        await session.SaveChangesAsync(ct);
        jobs.Enqueue<IYearReportJob>(j => j.BuildAsync(report.Id, CancellationToken.None));
        return Results.Accepted($"/api/reports/{report.Id}", report);
    }

    private static async Task<IResult> List(IQuerySession session, int? page, int? pageSize, CancellationToken ct) =>
        Paging.Problem(page, pageSize)
        ?? Results.Ok(await Paging.PageAsync(session.Query<YearReport>().OrderByDescending(r => r.RequestedAt), page, pageSize, ct));

    private static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<YearReport>(id, ct) is { } report ? Results.Ok(report) : NotFound();

    private static async Task<IResult> File(Guid id, string? format, IQuerySession session, CancellationToken ct)
    {
        format ??= "xlsx";
        if (format is not ("xlsx" or "json"))
        {
            return Problems.Invalid("format", "须为 xlsx 或 json。", "must be xlsx or json.");
        }

        var report = await session.LoadAsync<YearReport>(id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (report.Status != YearReportStatus.Completed || await session.LoadAsync<YearReportFile>(id, ct) is not { } file)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "report.not_ready",
                $"The report is {report.Status}; its file exists once it is Completed.", "报表尚未生成完成。");
        }

        var name = $"perfeval-{report.FiscalYear}-report";
        return format == "json"
            ? Results.File(Encoding.UTF8.GetBytes(file.Json), "application/json", name + ".json")
            : Results.File(file.Xlsx, XlsxContentType, name + ".xlsx");
    }

    private static IResult NotFound() => Problems.Create(
        StatusCodes.Status404NotFound, "report.not_found", "The report was not found.", "未找到该报表。");
}
