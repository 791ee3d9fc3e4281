using System.Text.Json;
using System.Text.Json.Serialization;
using Hangfire;
using Marten;
using Npgsql;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.CrossChecks;
using PerfEval.Platform.Jobs;

namespace PerfEval.Api.CrossChecks;

/// <summary>
/// The checks across forms and years (docs/domain-rules.md#checks-across-forms-and-years): a manager asks for a year's
/// run (a job does it), managers and the department's reviewers read the year's findings, and whoever may read a form
/// reads its own.
/// </summary>
public static class CrossCheckEndpoints
{
    /// <summary>One finding of one form, with both forms named; <c>otherReadable</c>: the reader may open the other form.</summary>
    public sealed record CrossCheckItem(
        Guid EvaluationId,
        int FiscalYear,
        string ProjectName,
        string UnitId,
        string UnitName,
        string DepartmentId,
        string Code,
        Severity Severity,
        string Path,
        string Message,
        string MessageEn,
        Guid? OtherEvaluationId,
        int? OtherIndicatorIndex,
        string? OtherProjectName,
        string? OtherUnitId,
        string? OtherUnitName,
        int? OtherFiscalYear,
        bool OtherReadable,
        FormKind FormKind,
        FormKind? OtherFormKind);

    /// <summary>A page of a year's findings, the counts by code (under the same department filter) and the year's latest run.</summary>
    public sealed record CrossCheckPage(
        IReadOnlyList<CrossCheckItem> Items, int Page, int PageSize, long Total, IReadOnlyDictionary<string, int> ByCode, CrossCheckRun? Run);

    /// <summary>A form's own findings across forms; <c>checkedAt</c> null when no run has checked it yet.</summary>
    public sealed record FormCrossChecks(Guid EvaluationId, DateTimeOffset? CheckedAt, IReadOnlyList<CrossCheckItem> Findings);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void MapCrossChecks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cross-checks").WithTags("Cross-checks");
        group.MapPost("/{year:int}/run", Run)
            .RequireAuthorization(Policies.Manager)
            .Produces<CrossCheckRun>(StatusCodes.Status202Accepted)
            .ProducesProblems(400)
            .WithSummary("Check a fiscal year's forms across forms and years: 202 with the run; a job does it and replaces the year's results");
        group.MapGet("/{year:int}", List)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .Produces<CrossCheckPage>()
            .ProducesProblems(400, 404)
            .WithSummary("A year's findings across forms, by form; filter by departmentId and code; paged, with counts by code and the latest run");
        app.MapGet("/api/evaluations/{id:guid}/cross-checks", ForForm)
            .WithTags("Cross-checks")
            .RequireAuthorization(Policies.Authenticated)
            .Produces<FormCrossChecks>()
            .ProducesProblems(404)
            .WithSummary("The form's findings across forms and years from the latest run");
    }

    private static async Task<IResult> Run(
        int year, HttpContext http, IDocumentSession session, IBackgroundJobClient jobs, TimeProvider clock, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return YearProblem();
        }

        var run = CrossCheckRun.Queued(year, http.User.ToActor().Name, clock.GetUtcNow());
        session.Store(run);
        await session.SaveChangesAsync(ct);
        jobs.Enqueue<ICrossCheckJob>(j => j.RunAsync(year, run.RunId, CancellationToken.None));
        return Results.Accepted($"/api/cross-checks/{year}", run);
    }

    private static async Task<IResult> List(
        int year, string? departmentId, string? code, int? page, int? pageSize, HttpContext http, IDocumentStore store,
        IQuerySession session, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!FiscalYears.IsAccepted(year))
        {
            errors.Add(FieldError.Labelled("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}."));
        }

        if (code is not null && !FindingCodes.All.Contains(code, StringComparer.Ordinal))
        {
            errors.Add(new FieldError(
                "code", null, "问题类型（code）不是已知的发现代码（见 docs/domain-rules.md）。",
                "The finding code is not one the rules know (see docs/domain-rules.md)."));
        }

        if (departmentId is not null && !Limits.IsIdentifier(departmentId))
        {
            errors.Add(FieldError.Labelled("departmentId", Limits.IdentifierRuleZh, Limits.IdentifierRule));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        if (Paging.Problem(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var actor = http.User.ToActor();
        string[]? departments = null;
        if (!actor.IsManager)
        {
            if (departmentId is not null && !actor.ReviewsDepartment(departmentId))
            {
                return Problems.Create(StatusCodes.Status404NotFound, "crosscheck.department_not_found",
                    "No department of yours has this id.", "未找到您负责的该部门。");
            }

            departments = departmentId is null ? [.. actor.DepartmentIds] : [departmentId];
        }
        else if (departmentId is not null)
        {
            departments = [departmentId];
        }

        var number = page ?? 1;
        var size = pageSize ?? Limits.DefaultPageSize;
        var table = ((IReadOnlyStoreOptions)store.Options).Schema.For<CrossCheckResult>();
        var filter = "r.fiscal_year = @year" + (departments is null ? "" : " and r.department_id = any(@departments)");
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);

        var items = new List<CrossCheckItem>();
        long total = 0;
        await using (var command = new NpgsqlCommand(
            $"""
            select r.data::text, e.value::text, count(*) over ()
            from {table} r cross join lateral jsonb_array_elements(r.data -> 'findings') with ordinality e
            where {filter} and (@code::text is null or e.value -> 'finding' ->> 'code' = @code)
            order by r.id, e.ordinality
            limit @size offset @skip
            """, connection))
        {
            AddFilter(command, year, departments);
            command.Parameters.AddWithValue("code", NpgsqlTypes.NpgsqlDbType.Text, (object?)code ?? DBNull.Value);
            command.Parameters.AddWithValue("size", size);
            command.Parameters.AddWithValue("skip", (number - 1) * size);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var result = JsonSerializer.Deserialize<ResultHeader>(reader.GetString(0), Json)!;
                var finding = JsonSerializer.Deserialize<CrossFinding>(reader.GetString(1), Json)!;
                items.Add(Item(result, finding, actor));
                total = reader.GetInt64(2);
            }
        }

        if (items.Count == 0 && number > 1)
        {
            await using var count = new NpgsqlCommand(
                $"""
                select count(*) from {table} r cross join lateral jsonb_array_elements(r.data -> 'findings') e
                where {filter} and (@code::text is null or e.value -> 'finding' ->> 'code' = @code)
                """, connection);
            AddFilter(count, year, departments);
            count.Parameters.AddWithValue("code", NpgsqlTypes.NpgsqlDbType.Text, (object?)code ?? DBNull.Value);
            total = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        var byCode = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            $"""
            select e.value -> 'finding' ->> 'code', count(*)::int
            from {table} r cross join lateral jsonb_array_elements(r.data -> 'findings') e
            where {filter}
            group by 1
            """, connection))
        {
            AddFilter(command, year, departments);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                byCode[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        var run = await session.LoadAsync<CrossCheckRun>(CrossCheckRun.IdFor(year), ct);
        return Results.Ok(new CrossCheckPage(items, number, size, total, byCode, run));
    }

    private static async Task<IResult> ForForm(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var result = await session.LoadAsync<CrossCheckResult>(id, ct);
        if (result is null)
        {
            var evaluation = await session.LoadAsync<Evaluation>(id, ct);
            return evaluation is null || !EvaluationAccess.CanRead(actor, evaluation)
                ? Problems.NotFound()
                : Results.Ok(new FormCrossChecks(id, null, []));
        }

        if (!EvaluationAccess.CanRead(actor, result.UnitId, result.DepartmentId))
        {
            return Problems.NotFound();
        }

        var header = new ResultHeader(
            result.Id, result.FiscalYear, result.ProjectName, result.UnitId, result.UnitName, result.DepartmentId, result.Kind);
        return Results.Ok(new FormCrossChecks(id, result.CheckedAt, [.. result.Findings.Select(f => Item(header, f, actor))]));
    }

    private static void AddFilter(NpgsqlCommand command, int year, string[]? departments)
    {
        command.Parameters.AddWithValue("year", year);
        if (departments is not null)
        {
            command.Parameters.AddWithValue("departments", departments);
        }
    }

    private static CrossCheckItem Item(ResultHeader result, CrossFinding finding, Actor actor) => new(
        result.Id, result.FiscalYear, result.ProjectName, result.UnitId, result.UnitName, result.DepartmentId,
        finding.Finding.Code, finding.Finding.Severity, finding.Finding.Path, finding.Finding.Message, finding.Finding.MessageEn,
        finding.OtherEvaluationId, finding.OtherIndicatorIndex, finding.OtherProjectName, finding.OtherUnitId, finding.OtherUnitName,
        finding.OtherFiscalYear,
        finding is { OtherUnitId: { } unit, OtherDepartmentId: { } department } && EvaluationAccess.CanRead(actor, unit, department),
        result.Kind,
        finding.OtherEvaluationId is null ? null : finding.OtherKind ?? FormKind.Project);

    private static IResult YearProblem() => Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");

    /// <summary>The result's members a list item names (its findings are read one by one).</summary>
    private sealed record ResultHeader(
        Guid Id, int FiscalYear, string ProjectName, string UnitId, string UnitName, string DepartmentId, FormKind Kind = FormKind.Project);
}
