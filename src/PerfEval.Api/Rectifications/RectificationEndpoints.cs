using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.History;
using PerfEval.Api.Http;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Rectification;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.History;

namespace PerfEval.Api.Rectifications;

/// <summary>
/// Rectification notices (问题整改, docs/domain-rules.md#rectification): a reviewer or manager issues one about a form or a
/// unit, the unit answers, a reviewer holding the answer's task (claimed through /api/review-tasks/{taskId}/claim)
/// accepts or returns it. Units see their own notices, reviewers their departments', managers all.
/// </summary>
public static class RectificationEndpoints
{
    public sealed record ProblemRequest(string? Description, string? FindingCode, string? RecheckCell);

    /// <summary>A notice about a form (<c>evaluationId</c>) or about a unit (<c>unitId</c>, <c>departmentId</c>, <c>fiscalYear</c>).</summary>
    public sealed record IssueRequest(
        Guid? EvaluationId,
        string? UnitId,
        string? DepartmentId,
        int? FiscalYear,
        IReadOnlyList<ProblemRequest?>? Problems,
        string? Requirement,
        DateOnly? Deadline);

    public sealed record AnswerRequest(string? Measures, IReadOnlyList<Guid>? EvidenceIds);

    public sealed record AcceptRequest(string? Comment);

    public sealed record ReturnRequest(string? Reason, DateOnly? Deadline);

    public sealed record RectificationHistoryView(Guid RectificationId, IReadOnlyList<HistoryEntry> Events);

    public sealed record RectificationAsOfView(Guid RectificationId, DateTimeOffset AsOf, long Version, RectificationNotice? State);

    public static void MapRectifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/rectifications").WithTags("Rectifications");
        group.MapPost("/", Issue)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .Produces<RectificationNotice>(StatusCodes.Status201Created)
            .ProducesProblems(400, 403, 404, 409)
            .WithSummary("Issue a rectification notice (整改通知) about a form or a unit: problems, requirement, deadline");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<PagedList<RectificationNotice>>()
            .ProducesProblems(400)
            .WithSummary("The notices the caller may see, by year and status, paged");
        group.MapGet("/{id:guid}", Get)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<RectificationNotice>()
            .ProducesProblems(404)
            .WithSummary("One notice: its problems, requirement, deadline, the unit's answers and their decisions (ETag)");
        group.MapGet("/{id:guid}/history", History)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<RectificationHistoryView>()
            .ProducesProblems(400, 404)
            .WithSummary("The notice's events in order; with asOf, the notice as it stood then");
        group.MapPost("/{id:guid}/response", Answer)
            .RequireAuthorization(Policies.Unit)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("The unit answers: measures taken and evidence (ids of the form's supporting files); opens a review task");
        group.MapPost("/{id:guid}/accept", Accept)
            .RequireAuthorization(Policies.Reviewer)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("Accept the answer (the reviewer holding its task); the notice is closed");
        group.MapPost("/{id:guid}/return", Return)
            .RequireAuthorization(Policies.Reviewer)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("Return the answer with a reason (and optionally a new deadline); the unit answers again");
    }

    private static async Task<IResult> Issue(
        IssueRequest? body, HttpContext http, IQuerySession session, EvaluationCommands commands, TimeProvider clock,
        CancellationToken ct)
    {
        if (body is null)
        {
            return Problems.From(RectificationErrors.Invalid(
                "body", "请提交整改通知：问题、整改要求和整改期限。", "A notice with problems, a requirement and a deadline is required."));
        }

        var actor = http.User.ToActor();
        RectificationSubject subject;
        if (body.EvaluationId is { } formId)
        {
            var form = await session.LoadAsync<Evaluation>(formId, ct);
            if (form is null || !EvaluationAccess.CanRead(actor, form))
            {
                return Problems.From(EvaluationErrors.NotFound);
            }

            subject = RectificationSubject.OfForm(form);
        }
        else
        {
            if (!Limits.IsIdentifier(body.UnitId) || !Limits.IsIdentifier(body.DepartmentId)
                || body.FiscalYear is not { } year || !FiscalYears.IsAccepted(year))
            {
                return Problems.From(RectificationErrors.Invalid(
                    "subject",
                    $"须指明自评表（evaluationId），或被通知单位（unitId）、其主管部门（departmentId）和年度（fiscalYear，{FiscalYears.Expected}）。",
                    $"Name a form (evaluationId), or a unit (unitId), its department (departmentId) and {FiscalYears.ExpectedEn} (fiscalYear)."));
            }

            subject = RectificationSubject.OfUnit(
                body.UnitId!, body.DepartmentId!, year, await UnitNameAsync(session, body.UnitId!, ct));
        }

        var problems = (body.Problems ?? []).Select(p => new RectificationProblem(p?.Description ?? "", p?.FindingCode, p?.RecheckCell)).ToList();
        var id = Guid.CreateVersion7();
        var decision = IssueNotice.Decide(id, actor, subject, problems, body.Requirement, body.Deadline, Today(clock));
        var result = await commands.StartAsync<RectificationNotice>(id, FormCommands.Write(http, actor), decision, ct);
        if (result.Outcome == CommandOutcome.Refused)
        {
            return Problems.From(result.Error!);
        }

        ETags.Set(http.Response, result.State!.Version);
        return Results.Created($"/api/rectifications/{id}", (RectificationNotice)result.State);
    }

    /// <summary>The unit's name as its latest form gives it (实施单位), or its id when it has no form.</summary>
    private static async Task<string> UnitNameAsync(IQuerySession session, string unitId, CancellationToken ct)
    {
        var form = await session.Query<Evaluation>()
            .Where(e => e.UnitId == unitId)
            .OrderByDescending(e => e.CreatedAt)
            .FirstOrDefaultAsync(ct);
        return form?.Form.Header.ImplementingUnit is { Length: > 0 } name ? name : unitId;
    }

    private static async Task<IResult> List(
        HttpContext http, IQuerySession session, int? year, RectificationStatus? status, int? page, int? pageSize,
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

        var query = InScope(session.Query<RectificationNotice>(), EvaluationAccess.ReadScope(http.User.ToActor()));
        if (year is { } fiscalYear)
        {
            query = query.Where(n => n.FiscalYear == fiscalYear);
        }

        if (status is { } s)
        {
            query = query.Where(n => n.Status == s);
        }

        return Results.Ok(await Paging.PageAsync(query.OrderBy(n => n.Deadline).ThenBy(n => n.Id), page, pageSize, ct));
    }

    /// <summary>The notices a scope may list: everything, a unit's own, its reviewers' departments', or both.</summary>
    public static IQueryable<RectificationNotice> InScope(IQueryable<RectificationNotice> query, ReadScope scope)
    {
        var departments = scope.DepartmentIds.ToArray();
        return scope switch
        {
            { All: true } => query,
            { UnitId: { } unit } when departments.Length == 0 => query.Where(n => n.UnitId == unit),
            { UnitId: null } => query.Where(n => departments.Contains(n.DepartmentId)),
            { UnitId: { } unit } => query.Where(n => n.UnitId == unit || departments.Contains(n.DepartmentId)),
        };
    }

    private static async Task<IResult> Get(Guid id, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var notice = await session.LoadAsync<RectificationNotice>(id, ct);
        if (notice is null || !CanRead(http.User.ToActor(), notice))
        {
            return Problems.From(RectificationErrors.NotFound);
        }

        ETags.Set(http.Response, notice.Version);
        return Results.Ok(notice);
    }

    private static async Task<IResult> History(
        Guid id, string? asOf, HttpContext http, EvaluationHistory history, CancellationToken ct)
    {
        if (HistoryEndpoints.ParseAsOf(asOf, out var at) is { } invalid)
        {
            return invalid;
        }

        var events = await history.EventsAsync(id, ct);
        var current = events is null ? null : EvaluationHistory.RectificationAsOf(events, DateTimeOffset.MaxValue);
        if (current is null || !CanRead(http.User.ToActor(), current))
        {
            return Problems.From(RectificationErrors.NotFound);
        }

        if (at is { } when)
        {
            var then = EvaluationHistory.RectificationAsOf(events!, when);
            return Results.Ok(new RectificationAsOfView(id, when, then?.Version ?? 0, then));
        }

        return Results.Ok(new RectificationHistoryView(id, events!.Select(EvaluationHistory.Entry).ToList()));
    }

    private static async Task<IResult> Answer(
        Guid id, AnswerRequest? body, HttpContext http, IQuerySession session, EvaluationCommands commands,
        RectificationSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var notice = await session.LoadAsync<RectificationNotice>(id, ct);
        var form = notice?.EvaluationId is { } formId ? await session.LoadAsync<Evaluation>(formId, ct) : null;
        var reviewDue = Today(clock).AddDays(settings.ReviewDays);
        return await RunAsync(id, http, commands, (s, a) => AnswerNotice.Decide(
            s, a, body?.Measures, body?.EvidenceIds, form?.Evidence ?? [], reviewDue), ct);
    }

    /// <summary>The body is required, its comment optional (<c>{}</c> accepts without one), so that a truncated request is refused.</summary>
    private static Task<IResult> Accept(Guid id, AcceptRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        body is null
            ? Task.FromResult(Problems.From(RectificationErrors.Invalid(
                "body", "请提交认可意见（JSON 对象，comment 可省略）。", "A JSON object is required ({} when there is no comment).")))
            : RunAsync(id, http, commands, (s, a) => AcceptAnswer.Decide(s, a, body.Comment), ct);

    private static Task<IResult> Return(
        Guid id, ReturnRequest? body, HttpContext http, EvaluationCommands commands, TimeProvider clock, CancellationToken ct) =>
        RunAsync(id, http, commands, (s, a) => ReturnAnswer.Decide(s, a, body?.Reason, body?.Deadline, Today(clock)), ct);

    /// <summary>A decision on a notice over HTTP, as a form's: If-Match and Idempotency-Key; a notice the caller may not see is 404.</summary>
    public static Task<IResult> RunAsync(
        Guid id, HttpContext http, EvaluationCommands commands, Func<RectificationNotice, Actor, Decision> decide, CancellationToken ct,
        CommandScope? scope = null)
    {
        var actor = http.User.ToActor();
        return FormCommands.RunAsync<RectificationNotice>(
            id, http, commands, actor, CanRead, s => decide(s, actor), RectificationErrors.NotFound, ct, scope);
    }

    /// <summary>Who may see a notice: its unit, its department's reviewers, managers.</summary>
    public static bool CanRead(Actor actor, RectificationNotice notice) =>
        EvaluationAccess.CanRead(actor, notice.UnitId, notice.DepartmentId);

    /// <summary>Today in the platform's fiscal time zone (Asia/Shanghai).</summary>
    private static DateOnly Today(TimeProvider clock) => LocalDates.In(FiscalCalendar.DefaultTimeZone, clock.GetUtcNow());
}
