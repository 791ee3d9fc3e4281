using Marten;
using PerfEval.Api.Http;
using PerfEval.Domain.Disclosure;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.Disclosure;

namespace PerfEval.Api.Disclosure;

/// <summary>
/// The public site's API (绩效公开, docs/domain-rules.md#public-disclosure): anonymous, read-only, under its own prefix,
/// rate limited and cacheable. Only Published forms exist here; any other id answers 404 exactly as a missing one.
/// </summary>
public static class PublicSiteEndpoints
{
    public const string Prefix = "/public/api";
    private const string CsvType = "text/csv; charset=utf-8";

    /// <summary>A department the year's published forms belong to, for the list's filter.</summary>
    public sealed record DepartmentOption(string Id, string Name);

    /// <summary>A page of published forms, and every department with published forms in the year (or all years).</summary>
    public sealed record PublicList(
        IReadOnlyList<PublicFormSummary> Items, int Page, int PageSize, long Total, IReadOnlyList<DepartmentOption> Departments);

    public sealed record OpenDataFile(int FiscalYear, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

    public static void MapPublicSite(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix)
            .WithTags("Public")
            .AllowAnonymous()
            .RequireRateLimiting(PublicSiteSetup.RateLimitPolicy);
        group.MapGet("/forms", List)
            .Produces<PublicList>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(400, 429)
            .WithSummary("Published forms by year, department and grade (anonymous; final total and grade)");
        group.MapGet("/forms/{id:guid}", Get)
            .Produces<PublicForm>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(404, 429)
            .WithSummary("One published form in the official layout, without the fields withheld (anonymous)");
        group.MapGet("/open-data/{year:int}.csv", Csv)
            .ProducesFile(CsvType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(400, 429)
            .WithSummary("The year's published figures as CSV (UTF-8 with BOM; formula-like cells neutralised)");
        group.MapGet("/open-data/{year:int}.json", Json)
            .Produces<OpenDataFile>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(400, 429)
            .WithSummary("The year's published figures as JSON");
    }

    private static async Task<IResult> List(
        HttpContext http, IQuerySession session, PublicSettingsStore settings, PublicAnswers answers,
        int? year, string? departmentId, string? grade, int? page, int? pageSize, CancellationToken ct)
    {
        if (year is { } y && !FiscalYears.IsAccepted(y))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        if (grade is not null && !ScoringProfile.Default.Grades.Any(g => g.Grade == grade))
        {
            return Problems.From(PublicErrors.InvalidGrade);
        }

        if (Paging.Problem(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var published = Published(session, year);
        var query = published;
        if (!string.IsNullOrEmpty(departmentId))
        {
            query = query.Where(e => e.DepartmentId == departmentId);
        }

        if (grade is not null)
        {
            query = query.Where(e => e.FinalGrade == grade);
        }

        var shown = await settings.ReadAsync(ct);
        var forms = await Paging.PageAsync(
            query.OrderBy(e => e.DepartmentId).ThenBy(e => e.Form.Header.ProjectName).ThenBy(e => e.Id), page, pageSize, ct);
        var departments = (await published
                .Select(e => new DepartmentOption(e.DepartmentId, e.Form.Header.CompetentDepartment))
                .ToListAsync(ct))
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .ToList();
        return answers.Json(http, new PublicList(
            [.. forms.Items.Select(e => PublicFormSummary.Of(e, shown))], forms.Page, forms.PageSize, forms.Total, departments));
    }

    private static async Task<IResult> Get(
        Guid id, HttpContext http, IQuerySession session, PublicSettingsStore settings, PublicAnswers answers, CancellationToken ct)
    {
        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (!PublicForm.IsPublic(evaluation))
        {
            return Problems.NotFound();
        }

        return answers.Json(http, PublicForm.Of(evaluation!, await settings.ReadAsync(ct)));
    }

    private static async Task<IResult> Csv(
        int year, HttpContext http, IQuerySession session, PublicSettingsStore settings, PublicAnswers answers, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        var rows = await RowsAsync(session, year, ct);
        return answers.File(http, OpenData.ToCsv(rows, await settings.ReadAsync(ct)), CsvType, $"perfeval-{year}-published.csv");
    }

    private static async Task<IResult> Json(
        int year, HttpContext http, IQuerySession session, PublicSettingsStore settings, PublicAnswers answers, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        var shown = await settings.ReadAsync(ct);
        var rows = await RowsAsync(session, year, ct);
        return answers.Json(http, new OpenDataFile(
            year, [.. OpenData.Columns(shown).Select(c => c.Key)], OpenData.ToObjects(rows, shown)));
    }

    /// <summary>The year's published figures, only the members the files carry read from each document.</summary>
    private static async Task<IReadOnlyList<OpenData.PublicFormSummaryRow>> RowsAsync(IQuerySession session, int year, CancellationToken ct)
    {
        var figures = await Published(session, year)
            .Select(e => new PublishedFigures(
                e.Id, e.FiscalYear, e.DepartmentId, e.Form.Header.CompetentDepartment, e.Form.Header.ImplementingUnit,
                e.Form.Header.ProjectName, e.Form.Kind, e.Form.Funds.Total.FullYearBudget, e.Form.Funds.Total.Executed,
                e.Form.Funds.Total.ClaimedRate, e.Form.ClaimedTotal, e.FinalTotal, e.FinalGrade))
            .ToListAsync(ct);
        return OpenData.Ordered(figures.Select(f => new OpenData.PublicFormSummaryRow(
            f.Id, f.FiscalYear, f.DepartmentId, f.CompetentDepartment, f.ImplementingUnit, f.ProjectName, f.Kind, f.FullYearBudget,
            f.Executed, f.ExecutionRate, f.SelfTotal, f.FinalTotal ?? 0m, f.FinalGrade ?? "")));
    }

    /// <summary>What the open-data files take from a published form's document (its final figures are set at approval).</summary>
    private sealed record PublishedFigures(
        Guid Id, int FiscalYear, string DepartmentId, string CompetentDepartment, string ImplementingUnit, string ProjectName, FormKind Kind,
        decimal? FullYearBudget, decimal? Executed, decimal? ExecutionRate, decimal? SelfTotal, decimal? FinalTotal, string? FinalGrade);

    private static IQueryable<Evaluation> Published(IQuerySession session, int? year)
    {
        var query = session.Query<Evaluation>().Where(e => e.Status == EvaluationStatus.Published);
        return year is { } y ? query.Where(e => e.FiscalYear == y) : query;
    }
}
