using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Evaluations;

/// <summary>Create, read, list, replace and submit forms (docs/domain-rules.md#who-may-do-what).</summary>
public static class EvaluationEndpoints
{
    public static void MapEvaluations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations").WithTags("Evaluations");

        group.MapPost("/", CreateDraft)
            .RequireAuthorization(Policies.Unit)
            .Accepts<EvaluationForm>("application/json")
            .Produces<Evaluation>(StatusCodes.Status201Created)
            .ProducesProblems(403, 404, 409)
            .WithSummary("Create a draft form from its JSON content, or from approved targets with {\"targetId\": \"…\"} " +
                         "(their cells filled in and locked)");
        group.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<Evaluation>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(404)
            .WithSummary("Read one form: content, status, version (ETag)");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<PagedList<EvaluationSummary>>()
            .ProducesProblems(400)
            .WithSummary("List the forms the caller may see, oldest first, paged: a summary of each (the whole form by id)");
        group.MapPut("/{id:guid}", Replace)
            .RequireAuthorization(Policies.Unit)
            .AnswersFormCommand()
            .WithSummary("Replace a draft's content (Draft or RevisionRequested; If-Match)");
        group.MapPost("/{id:guid}/submit", Submit)
            .RequireAuthorization(Policies.Unit)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("Submit the form for review (If-Match)");
    }

    private static async Task<IResult> CreateDraft(
        CreateDraftBody? body, HttpContext http, EvaluationCommands commands, FormInputValidator limits,
        IQuerySession session, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var id = Guid.CreateVersion7();
        Decision decision;
        if (body?.TargetId is { } targetId)
        {
            var targets = await session.LoadAsync<TargetDeclaration>(targetId, ct);
            decision = EvaluationDecisions.DraftFromTargets(id, actor, targets);
        }
        else if (FormValidation.Problem(body?.Form, limits) is { } invalid)
        {
            return invalid;
        }
        else
        {
            decision = EvaluationDecisions.Draft(id, actor, body!.Form!, source: "api");
        }

        var result = await commands.StartAsync(id, FormCommands.Write(http, actor), decision, ct);
        if (result.Outcome == CommandOutcome.Refused)
        {
            return Problems.From(result.Error!);
        }

        ETags.Set(http.Response, result.State!.Version);
        return Results.Created($"/api/evaluations/{id}", (Evaluation)result.State);
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (evaluation is null || !EvaluationAccess.CanRead(http.User.ToActor(), evaluation))
        {
            return Problems.NotFound();
        }

        var etag = ETags.For(evaluation.Version);
        if (http.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        ETags.Set(http.Response, evaluation.Version);
        return Results.Ok(evaluation);
    }

    private static async Task<IResult> List(
        HttpContext http,
        IQuerySession session,
        int? fiscalYear,
        string? unitId,
        string? departmentId,
        EvaluationStatus? status,
        int? page,
        int? pageSize,
        CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        var query = InScope(session.Query<Evaluation>(), EvaluationAccess.ReadScope(http.User.ToActor()));

        if (fiscalYear is { } year)
        {
            query = query.Where(e => e.FiscalYear == year);
        }

        if (unitId is not null)
        {
            query = query.Where(e => e.UnitId == unitId);
        }

        if (departmentId is not null)
        {
            query = query.Where(e => e.DepartmentId == departmentId);
        }

        if (status is { } s)
        {
            query = query.Where(e => e.Status == s);
        }

        return await Paging.StoredJsonPageAsync(
            query, query.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id), page, pageSize,
            (all, rows, items, token) => EvaluationSummaries.WriteArrayAsync(session, all, rows, items, token), ct);
    }

    /// <summary>
    /// The forms a scope may list, as the simplest filter for its case, so each uses its own index (unit, created)
    /// or (department, created): a unit's own forms, its reviewers' departments', or both for a user with both roles.
    /// </summary>
    internal static IQueryable<Evaluation> InScope(IQueryable<Evaluation> query, ReadScope scope)
    {
        var departments = scope.DepartmentIds.ToArray();
        var department = departments.FirstOrDefault();
        return scope switch
        {
            { All: true } => query,
            { UnitId: { } unit } when departments.Length == 0 => query.Where(e => e.UnitId == unit),
            { UnitId: null } when departments.Length == 1 => query.Where(e => e.DepartmentId == department),
            { UnitId: null } => query.Where(e => departments.Contains(e.DepartmentId)),
            { UnitId: { } unit } => query.Where(e => e.UnitId == unit || departments.Contains(e.DepartmentId)),
        };
    }

    private static async Task<IResult> Replace(
        Guid id, EvaluationForm? form, HttpContext http, EvaluationCommands commands, FormInputValidator limits,
        CancellationToken ct)
    {
        if (FormValidation.Problem(form, limits) is { } invalid)
        {
            return invalid;
        }

        var actor = http.User.ToActor();
        return await FormCommands.RunAsync(id, http, commands, actor, s => EvaluationDecisions.ReplaceContent(s, actor, form!), ct);
    }

    private static async Task<IResult> Submit(Guid id, HttpContext http, EvaluationCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return await FormCommands.RunAsync(id, http, commands, actor, s => EvaluationDecisions.Submit(s, actor), ct);
    }
}
