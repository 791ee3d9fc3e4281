using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.History;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.History;

namespace PerfEval.Api.Targets;

/// <summary>
/// Declare, read, list, revise and submit a project's performance targets (docs/domain-rules.md#targets), and read
/// their history.
/// </summary>
public static class TargetEndpoints
{
    public sealed record TargetHistoryView(Guid TargetId, IReadOnlyList<HistoryEntry> Events);

    public sealed record TargetAsOfView(Guid TargetId, DateTimeOffset AsOf, long Version, TargetDeclaration? State);

    public static void MapTargets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/targets").WithTags("Targets");
        group.MapPost("/", Declare)
            .RequireAuthorization(Policies.Unit)
            .Produces<TargetDeclaration>(StatusCodes.Status201Created)
            .ProducesProblems(403, 409)
            .WithSummary("Declare a project's targets for a year as a draft (one declaration per unit, project and year)");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<PagedList<TargetDeclaration>>()
            .ProducesProblems(400)
            .WithSummary("The declarations the caller may see, by year and status, paged");
        group.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<TargetDeclaration>()
            .ProducesProblems(404)
            .WithSummary("One declaration: content, status, review, approved versions, adjustments, monitoring (ETag)");
        group.MapPut("/{id:guid}", Replace)
            .RequireAuthorization(Policies.Unit)
            .AnswersFormCommand()
            .WithSummary("Replace a draft declaration's content (Draft or RevisionRequested; If-Match)");
        group.MapPost("/{id:guid}/submit", Submit)
            .RequireAuthorization(Policies.Unit)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("Submit the declaration for review, with the declaration checks' findings (If-Match)");
        group.MapGet("/{id:guid}/history", History)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<TargetHistoryView>()
            .ProducesProblems(400, 404)
            .WithSummary("The declaration's events in order; with asOf, the declaration as it stood then");
        group.MapGet("/{id:guid}/findings", Findings)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<IReadOnlyList<Finding>>()
            .ProducesProblems(404)
            .WithSummary("The declaration checks on the current content (what a submission would record)");
    }

    private static async Task<IResult> Declare(
        TargetContent? content, HttpContext http, EvaluationCommands commands, TargetInputValidator validator,
        IQuerySession session, CancellationToken ct)
    {
        if (validator.Problem(content) is { } invalid)
        {
            return invalid;
        }

        var actor = http.User.ToActor();
        var id = TargetIds.For(actor.UnitId ?? "", content!.Header.FiscalYear, content.Header.ProjectName);
        var existing = await session.LoadAsync<TargetDeclaration>(id, ct);
        var decision = TargetDecisions.Draft(existing, id, actor, content, source: "api");
        CommandResult result;
        try
        {
            result = await commands.StartAsync<TargetDeclaration>(id, FormCommands.Write(http, actor), decision, ct);
        }
        catch (Exception clash) when (clash is JasperFx.Events.ExistingStreamIdCollisionException
                                      or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            result = CommandResult.Refused(TargetErrors.AlreadyDeclared);
        }

        if (result.Outcome == CommandOutcome.Refused)
        {
            return Problems.From(result.Error!);
        }

        ETags.Set(http.Response, result.State!.Version);
        return Results.Created($"/api/targets/{id}", (TargetDeclaration)result.State);
    }

    private static async Task<IResult> List(
        HttpContext http, IQuerySession session, int? year, TargetStatus? status, int? page, int? pageSize,
        CancellationToken ct)
    {
        if (Paging.Problem(page, pageSize) is { } invalid)
        {
            return invalid;
        }

        if (year is { } y && !FiscalYears.IsAccepted(y))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        var query = InScope(session.Query<TargetDeclaration>(), EvaluationAccess.ReadScope(http.User.ToActor()));
        if (year is { } fiscalYear)
        {
            query = query.Where(t => t.FiscalYear == fiscalYear);
        }

        if (status is { } s)
        {
            query = query.Where(t => t.Status == s);
        }

        return Results.Ok(await Paging.PageAsync(query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id), page, pageSize, ct));
    }

    /// <summary>The declarations a scope may list: everything, a unit's own, its reviewers' departments', or both.</summary>
    public static IQueryable<TargetDeclaration> InScope(IQueryable<TargetDeclaration> query, ReadScope scope)
    {
        var departments = scope.DepartmentIds.ToArray();
        return scope switch
        {
            { All: true } => query,
            { UnitId: { } unit } when departments.Length == 0 => query.Where(t => t.UnitId == unit),
            { UnitId: null } => query.Where(t => departments.Contains(t.DepartmentId)),
            { UnitId: { } unit } => query.Where(t => t.UnitId == unit || departments.Contains(t.DepartmentId)),
        };
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var declaration = await session.LoadAsync<TargetDeclaration>(id, ct);
        if (declaration is null || !TargetCommands.CanRead(http.User.ToActor(), declaration))
        {
            return Problems.From(TargetErrors.NotFound);
        }

        ETags.Set(http.Response, declaration.Version);
        return Results.Ok(declaration);
    }

    private static async Task<IResult> Replace(
        Guid id, TargetContent? content, HttpContext http, EvaluationCommands commands, TargetInputValidator validator,
        CancellationToken ct)
    {
        if (validator.Problem(content) is { } invalid)
        {
            return invalid;
        }

        var actor = http.User.ToActor();
        return await TargetCommands.RunAsync(id, http, commands, actor, s => TargetDecisions.ReplaceContent(s, actor, content!), ct);
    }

    private static async Task<IResult> Submit(
        Guid id, HttpContext http, EvaluationCommands commands, IQuerySession session, ScoringProfile profile,
        CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var declaration = await session.LoadAsync<TargetDeclaration>(id, ct);
        var findings = declaration is null ? [] : await CheckAsync(session, declaration, profile, ct);
        return await TargetCommands.RunAsync(id, http, commands, actor, s => TargetDecisions.Submit(s, actor, findings, dueDate: null), ct);
    }

    private static async Task<IResult> Findings(
        Guid id, HttpContext http, IQuerySession session, ScoringProfile profile, CancellationToken ct)
    {
        var declaration = await session.LoadAsync<TargetDeclaration>(id, ct);
        if (declaration is null || !TargetCommands.CanRead(http.User.ToActor(), declaration))
        {
            return Problems.From(TargetErrors.NotFound);
        }

        return Results.Ok(await CheckAsync(session, declaration, profile, ct));
    }

    /// <summary>
    /// The declaration checks, with the project's previous-year actuals from its approved self-evaluation of that
    /// year (the same unit and project name), when there is one.
    /// </summary>
    private static async Task<IReadOnlyList<Finding>> CheckAsync(
        IQuerySession session, TargetDeclaration declaration, ScoringProfile profile, CancellationToken ct)
    {
        var previousYear = declaration.FiscalYear - 1;
        var project = TargetIds.Normalize(declaration.ProjectName);
        var candidates = await session.Query<Evaluation>()
            .Where(e => e.UnitId == declaration.UnitId && e.FiscalYear == previousYear
                        && (e.Status == EvaluationStatus.Approved || e.Status == EvaluationStatus.Published))
            .ToListAsync(ct);
        var previous = candidates.LastOrDefault(e => TargetIds.Normalize(e.ProjectName) == project);
        var actuals = previous is null
            ? new Dictionary<string, Measure>()
            : previous.Form.Indicators
                .GroupBy(i => TargetIds.Normalize(i.Name))
                .ToDictionary(g => g.Key, g => g.First().ParseActual());
        return DeclarationRules.Check(declaration.Content, profile, actuals);
    }

    private static async Task<IResult> History(
        Guid id, string? asOf, HttpContext http, EvaluationHistory history, CancellationToken ct)
    {
        if (HistoryEndpoints.ParseAsOf(asOf, out var at) is { } invalid)
        {
            return invalid;
        }

        var events = await history.EventsAsync(id, ct);
        var current = events is null ? null : EvaluationHistory.TargetsAsOf(events, DateTimeOffset.MaxValue);
        if (current is null || !TargetCommands.CanRead(http.User.ToActor(), current))
        {
            return Problems.From(TargetErrors.NotFound);
        }

        if (at is { } when)
        {
            var then = EvaluationHistory.TargetsAsOf(events!, when);
            return Results.Ok(new TargetAsOfView(id, when, then?.Version ?? 0, then));
        }

        return Results.Ok(new TargetHistoryView(id, events!.Select(EvaluationHistory.Entry).ToList()));
    }
}
