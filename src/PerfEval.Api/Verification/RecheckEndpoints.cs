using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Sampling;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Verification;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Sampling;
using PerfEval.Platform.Verification;
using PerfEval.Worker.Reports;

namespace PerfEval.Api.Verification;

/// <summary>
/// The re-check (复核) of a form (docs/domain-rules.md#re-check): entries recorded under the rulebook of the form's
/// fiscal year by the reviewer holding its review or re-check task, the re-check task completed, and the workpaper
/// (复核底稿). Commands accept If-Match and Idempotency-Key; the decisions live in <see cref="RecheckDecisions"/>.
/// </summary>
public static class RecheckEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record RecheckRequest(IReadOnlyList<RecheckInput?>? Entries);

    /// <param name="Target">"execution" (the budget execution line, without indicatorIndex) or "indicator".</param>
    public sealed record WithdrawRequest(string? Target, int? IndicatorIndex);

    public static void MapRecheck(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/evaluations/{id:guid}").WithTags("Re-check");
        review.MapPost("/review/recheck", Record)
            .RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Record re-check entries (复核): per cell a verified actual, a rulebook clause that computes the " +
                         "verified score, evidence ids, a remark; all or none");
        review.MapPost("/review/recheck/complete", Complete)
            .RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Complete the form's re-check task (the reviewer holding it, once an entry is recorded)");
        review.MapPost("/review/recheck/withdraw", Withdraw)
            .RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Withdraw one's own latest re-check of a cell before the decision; the cell goes back to the unit's claim");
        review.MapGet("/recheck-workpaper", Workpaper)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .ProducesFile(XlsxType, "application/json")
            .ProducesProblems(400, 404)
            .WithSummary("The form's re-check workpaper (复核底稿) as .xlsx or JSON: a row per cell, totals and deviation");
        app.MapGet("/api/sampling/{year:int}/{drawId:guid}/workpaper", SampleWorkpaper)
            .WithTags("Sampling")
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .ProducesFile(XlsxType, "application/json")
            .ProducesProblems(400, 404)
            .WithSummary("A sample's re-check workpaper (复核底稿): the drawn forms one after another (reviewers: their departments' forms)");
    }

    private static async Task<IResult> Record(
        Guid id, RecheckRequest? body, HttpContext http, IQuerySession session, EvaluationCommands commands, Rulebooks rulebooks,
        ScoringProfile profile, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var current = await session.LoadAsync<Evaluation>(id, ct);
        if (current is null || !EvaluationAccess.CanRead(actor, current))
        {
            return Problems.NotFound();
        }

        var rulebook = (await rulebooks.ForFormAsync(current.FiscalYear, ct)).Rulebook;
        return await FormCommands.RunAsync(
            id, http, commands, actor, s => RecheckDecisions.Record(s, actor, rulebook, profile, body?.Entries), ct);
    }

    private static Task<IResult> Withdraw(Guid id, WithdrawRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return FormCommands.RunAsync(
            id, http, commands, actor, s => RecheckDecisions.Withdraw(s, actor, body?.Target, body?.IndicatorIndex), ct);
    }

    private static Task<IResult> Complete(Guid id, HttpContext http, EvaluationCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return FormCommands.RunAsync(id, http, commands, actor, s => RecheckDecisions.Complete(s, actor), ct);
    }

    private static async Task<IResult> Workpaper(
        Guid id, string? format, HttpContext http, IQuerySession session, ScoringProfile profile, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (evaluation is null || !(actor.IsManager || actor.ReviewsDepartment(evaluation.DepartmentId)))
        {
            return Problems.NotFound();
        }

        var workpaper = Workpapers.Of(evaluation, profile);
        return File([workpaper], workpaper, format, $"recheck-{evaluation.FiscalYear}-{evaluation.Id:N}");
    }

    private static async Task<IResult> SampleWorkpaper(
        int year, Guid drawId, string? format, HttpContext http, SampleDraws draws, IQuerySession session,
        ScoringProfile profile, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var draw = await draws.LoadAsync(drawId, ct);
        if (draw is null || draw.FiscalYear != year)
        {
            return Problems.From(SamplingErrors.NotFound);
        }

        var ids = draw.Drawn.Selected
            .Where(s => actor.IsManager || actor.ReviewsDepartment(s.DepartmentId))
            .Select(s => s.EvaluationId)
            .ToArray();
        var forms = ids.Length == 0 ? [] : await session.LoadManyAsync<Evaluation>(ct, ids);
        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var workpapers = forms.OrderBy(f => order[f.Id]).Select(f => Workpapers.Of(f, profile)).ToList();
        return File(workpapers, workpapers, format, $"recheck-sample-{year}-{drawId:N}");
    }

    /// <summary>Workpapers as one .xlsx (the forms one after another) or as <paramref name="json"/>.</summary>
    private static IResult File(IReadOnlyList<Workpaper> workpapers, object json, string? format, string name) =>
        (format ?? "xlsx").ToLowerInvariant() switch
        {
            "xlsx" => Results.File(WorkpaperWorkbook.Write(workpapers), XlsxType, name + ".xlsx"),
            "json" => Results.Json(json),
            _ => Problems.Invalid("format", "须为 xlsx 或 json。", "must be xlsx or json."),
        };
}
