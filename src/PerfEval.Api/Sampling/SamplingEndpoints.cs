using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Sampling;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Sampling;

namespace PerfEval.Api.Sampling;

/// <summary>
/// Sampling (抽评, docs/domain-rules.md#sampling): a manager draws a reproducible risk-weighted sample of a year's
/// forms; managers and reviewers read the draws and verify them; the export lets anyone verify offline.
/// Reviewers see only the drawn forms of their own departments; the export (the whole population) is for managers.
/// </summary>
public static class SamplingEndpoints
{
    /// <summary>What a manager asks: filters, a size or a share, and optionally the seed.</summary>
    public sealed record DrawBody(
        IReadOnlyList<string>? DepartmentIds,
        decimal? MinAmount,
        decimal? MaxAmount,
        IReadOnlyList<string>? Statuses,
        int? Size,
        decimal? Share,
        string? Seed);

    /// <summary>
    /// A draw as read: its record and the drawn forms with their re-check tasks. The population (its count, hash and
    /// strata) is the year's projects' forms the filters admit; department-wide forms are never in it.
    /// </summary>
    public sealed record DrawView(
        Guid Id,
        int FiscalYear,
        DateTimeOffset DrawnAt,
        string DrawnById,
        string DrawnByName,
        string Seed,
        bool SeedGiven,
        SampleFilters Filters,
        SampleSize Size,
        string PopulationHash,
        int PopulationCount,
        int SampleCount,
        IReadOnlyList<StratumAllocation> Strata,
        IReadOnlyList<DrawnFormView> Selected,
        RiskWeights Weights);

    /// <summary>
    /// A drawn form: the project's name; the unit and department (by id: the platform keeps no directory of their
    /// names); the amount; the risk with its parts; the re-check task (null when it could not be opened).
    /// </summary>
    public sealed record DrawnFormView(
        Guid EvaluationId,
        long Version,
        string ProjectName,
        string UnitId,
        string DepartmentId,
        decimal? Amount,
        string Stratum,
        RiskParts Risk,
        Guid? TaskId,
        ReviewTaskStatus? TaskStatus,
        string? TaskAssigneeName,
        DateOnly? TaskDueDate);

    /// <summary>A line of the list of draws.</summary>
    public sealed record DrawSummary(
        Guid Id, int FiscalYear, DateTimeOffset DrawnAt, string DrawnByName, string Seed, SampleFilters Filters,
        SampleSize Size, int PopulationCount, int SampleCount, string PopulationHash);

    /// <summary>The verification of a draw: the redraw from its stored population, and today's population (info).</summary>
    public sealed record VerifyView(
        Guid DrawId,
        int FiscalYear,
        bool Matches,
        string RecordedPopulationHash,
        string StoredPopulationHash,
        bool StoredPopulationIntact,
        bool RedrawMatches,
        IReadOnlyList<Guid> Missing,
        IReadOnlyList<Guid> Extra,
        string CurrentPopulationHash,
        int CurrentPopulationCount,
        bool CurrentPopulationSame,
        string Message,
        string MessageEn);

    public static void MapSampling(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sampling").WithTags("Sampling");
        group.MapPost("/{year:int}", Draw)
            .RequireAuthorization(Policies.Manager)
            .WithIdempotencyKey()
            .Produces<DrawView>(StatusCodes.Status201Created)
            .Produces<DrawView>()
            .ProducesProblems(400, 409, 422)
            .WithSummary("Draw a risk-weighted sample of the year's projects' forms (never a department-wide form), stratified by department, and open their re-check tasks");
        group.MapGet("/{year:int}", List)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .Produces<IReadOnlyList<DrawSummary>>()
            .ProducesProblems(400)
            .WithSummary("The year's draws, newest first");
        group.MapGet("/{year:int}/{drawId:guid}", Get)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .Produces<DrawView>()
            .ProducesProblems(404)
            .WithSummary("One draw: seed, filters, population hash and the drawn forms with risk and re-check task (reviewers: their departments' forms)");
        group.MapGet("/{year:int}/{drawId:guid}/verify", Verify)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .Produces<VerifyView>()
            .ProducesProblems(404)
            .WithSummary("Redraw from the stored population and the seed and compare with the recorded sample; hash today's population");
        group.MapGet("/{year:int}/{drawId:guid}/export", Export)
            .RequireAuthorization(Policies.Manager)
            .Produces<SampleExport>()
            .ProducesProblems(404)
            .WithSummary("The draw as JSON (seed, filters, size, population, sample) for perfeval sample --verify");
    }

    private static async Task<IResult> Draw(
        int year, DrawBody? body, HttpContext http, SampleDraws draws, IQuerySession session, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        if (body is null)
        {
            return Problems.Invalid("body", "请提交抽评条件（JSON）。", "a JSON body is required.");
        }

        if (Check(body) is { } refused)
        {
            return Problems.From(refused);
        }

        var actor = http.User.ToActor();
        var idempotency = IdempotentRequest.Of(http);
        var fingerprint = Fingerprint(year, body);
        var drawId = SampleDraws.DrawIdFor(idempotency?.RecordId);
        if (idempotency is not null && await draws.LoadAsync(drawId, ct) is { } earlier && earlier.RequestFingerprint != fingerprint)
        {
            return Problems.Create(StatusCodes.Status422UnprocessableEntity, IdempotencyFilter.KeyReusedCode,
                "This Idempotency-Key was used for a request with a different body. Use a new key for a new request.",
                "该幂等键已用于内容不同的请求，新的请求请使用新的幂等键。");
        }

        var filters = new SampleFilters
        {
            DepartmentIds = (body.DepartmentIds ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            MinAmount = body.MinAmount,
            MaxAmount = body.MaxAmount,
            Statuses = body.Statuses is { Count: > 0 } statuses
                ? statuses.Select(Enum.Parse<EvaluationStatus>).Distinct().Order().ToList()
                : SampleFilters.DefaultStatuses,
        };
        var request = new DrawRequest(year, filters, new SampleSize(body.Size, body.Share), body.Seed);
        var context = new WriteContext(actor, CorrelationMiddleware.Of(http));
        var result = await draws.DrawAsync(request, context, drawId, fingerprint, ct);
        if (result.Error is { } error)
        {
            return Problems.From(error);
        }

        var view = await ViewAsync(result.Draw!, actor, session, ct);
        if (result.Repeated)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
            return Results.Ok(view);
        }

        return Results.Created($"/api/sampling/{year}/{view.Id}", view);
    }

    private static DomainError? Check(DrawBody body)
    {
        if (SampleDecisions.CheckSize(body.Size, body.Share) is { } size)
        {
            return size;
        }

        if (body.MinAmount < 0 || body.MaxAmount < 0 || body.MinAmount > body.MaxAmount
            || body.MinAmount > Limits.MaxAmount || body.MaxAmount > Limits.MaxAmount)
        {
            return SamplingErrors.AmountRange;
        }

        if (body.Statuses is { } statuses && statuses.Any(s =>
                !Enum.TryParse<EvaluationStatus>(s, ignoreCase: false, out var status)
                || !SampleFilters.DefaultStatuses.Contains(status)))
        {
            return SamplingErrors.StatusNotDrawable;
        }

        if (body.DepartmentIds is { } departments && (departments.Count > Limits.MaxDepartments
                || departments.Any(d => string.IsNullOrWhiteSpace(d) || d.Length > Limits.MaxIdLength || d.Any(char.IsControl))))
        {
            return SamplingErrors.DepartmentIds;
        }

        if (body.Seed is { } seed && (seed.Length is 0 or > Limits.MaxSeedLength || seed.Any(char.IsControl)))
        {
            return SamplingErrors.Seed;
        }

        return null;
    }

    private static string Fingerprint(int year, DrawBody body) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{year}\n{JsonSerializer.Serialize(body)}")));

    private static async Task<IResult> List(int year, SampleDraws draws, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        var list = await draws.ListAsync(year, ct);
        return Results.Ok(list.Select(r => new DrawSummary(
            r.Id, r.FiscalYear, r.DrawnAt, r.Drawn.DrawnByName, r.Drawn.Seed, r.Drawn.Filters, r.Drawn.Size,
            r.Drawn.PopulationCount, r.Drawn.Selected.Count, r.Drawn.PopulationHash)).ToList());
    }

    private static async Task<IResult> Get(
        int year, Guid drawId, HttpContext http, SampleDraws draws, IQuerySession session, CancellationToken ct)
    {
        var draw = await draws.LoadAsync(drawId, ct);
        if (draw is null || draw.FiscalYear != year)
        {
            return Problems.From(SamplingErrors.NotFound);
        }

        return Results.Ok(await ViewAsync(draw, http.User.ToActor(), session, ct));
    }

    private static async Task<IResult> Verify(int year, Guid drawId, SampleDraws draws, CancellationToken ct)
    {
        var draw = await draws.LoadAsync(drawId, ct);
        if (draw is null || draw.FiscalYear != year || await draws.VerifyAsync(drawId, ct) is not { } verification)
        {
            return Problems.From(SamplingErrors.NotFound);
        }

        var r = verification.Redraw;
        var (zh, en) = r.Matches
            ? ("重新抽取的样本与记录一致。", "The redraw matches the recorded sample.")
            : r.PopulationIntact
                ? ("重新抽取的样本与记录不一致。", "The redraw does not match the recorded sample.")
                : ("保存的总体与记录的哈希不一致。", "The stored population does not match its recorded hash.");
        if (!verification.CurrentPopulationSame)
        {
            zh += "（当前总体已变化，仅供参考。）";
            en += " (Today's population differs, for information.)";
        }

        return Results.Ok(new VerifyView(
            drawId, year, r.Matches, r.RecordedHash, r.PopulationHash, r.PopulationIntact, r.RedrawMatches, r.Missing,
            r.Extra, verification.CurrentPopulationHash, verification.CurrentPopulationCount,
            verification.CurrentPopulationSame, zh, en));
    }

    private static async Task<IResult> Export(int year, Guid drawId, SampleDraws draws, CancellationToken ct)
    {
        var export = await draws.ExportAsync(drawId, ct);
        if (export is null || export.FiscalYear != year)
        {
            return Problems.From(SamplingErrors.NotFound);
        }

        return Results.Json(export, SampleExport.Json);
    }

    /// <summary>The draw with each drawn form's re-check task; a reviewer sees the drawn forms of their departments only.</summary>
    private static async Task<DrawView> ViewAsync(SampleDrawRecord record, Actor actor, IQuerySession session, CancellationToken ct)
    {
        var d = record.Drawn;
        var visible = actor.IsManager
            ? d.Selected
            : d.Selected.Where(s => actor.ReviewsDepartment(s.DepartmentId)).ToList();
        var taskIds = visible.Select(s => RecheckTasks.IdFor(s.EvaluationId, record.Id)).ToArray();
        var tasks = taskIds.Length == 0
            ? new Dictionary<Guid, ReviewTask>()
            : (await session.LoadManyAsync<ReviewTask>(ct, taskIds)).ToDictionary(t => t.Id);
        var forms = visible.Select(s =>
        {
            var task = tasks.GetValueOrDefault(RecheckTasks.IdFor(s.EvaluationId, record.Id));
            return new DrawnFormView(s.EvaluationId, s.Version, s.ProjectName, s.UnitId, s.DepartmentId, s.Amount,
                s.Stratum, s.Risk, task?.Id, task?.Status, task?.AssigneeName, task?.DueDate);
        }).ToList();
        return new DrawView(record.Id, record.FiscalYear, record.DrawnAt, d.DrawnById, d.DrawnByName, d.Seed,
            d.SeedGiven, d.Filters, d.Size, d.PopulationHash, d.PopulationCount, d.Selected.Count, d.Strata, forms,
            d.Weights);
    }

    private static class Limits
    {
        public const decimal MaxAmount = 1_000_000_000_000m;
        public const int MaxDepartments = 500;
        public const int MaxIdLength = 100;
        public const int MaxSeedLength = 200;
    }
}
