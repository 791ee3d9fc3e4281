using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Verification;
using PerfEval.Platform.EventStore;
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
        review.MapGet("/recheck-workpaper", Workpaper)
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .ProducesFile(XlsxType, "application/json")
            .ProducesProblems(400, 404)
            .WithSummary("The form's re-check workpaper (复核底稿) as .xlsx or JSON: a row per cell, totals and deviation");
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
        var name = $"recheck-{evaluation.FiscalYear}-{evaluation.Id:N}";
        return (format ?? "xlsx").ToLowerInvariant() switch
        {
            "xlsx" => Results.File(WorkpaperWorkbook.Write([workpaper]), XlsxType, name + ".xlsx"),
            "json" => Results.Json(workpaper),
            _ => Problems.Validation(new Dictionary<string, string[]> { ["format"] = ["须为 xlsx 或 json（xlsx or json）。"] }),
        };
    }
}
