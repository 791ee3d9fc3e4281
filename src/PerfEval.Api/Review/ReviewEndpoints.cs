using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Api.Rectifications;
using PerfEval.Api.Targets;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Verification;

namespace PerfEval.Api.Review;

/// <summary>
/// The reviewer's actions on a form (claim, release, comment, adjust, request revision, approve, reject) and the
/// manager's (publish, reopen). Every action accepts If-Match and Idempotency-Key; the decisions live in
/// <see cref="ReviewDecisions"/>.
/// </summary>
public static class ReviewEndpoints
{
    public sealed record CommentRequest(string? Text, int? IndicatorIndex);

    /// <param name="Target">"execution" (the budget execution line) or "indicator".</param>
    public sealed record AdjustmentRequest(string? Target, int? IndicatorIndex, decimal? Score, string? Reason);

    public sealed record RevisionRequest(IReadOnlyList<string>? Reasons);

    public sealed record ReasonRequest(string? Reason);

    public static void MapReview(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/review-tasks/{taskId:guid}").WithTags("Review tasks");
        tasks.MapPost("/claim", Claim).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Claim a review task; exactly one reviewer wins, others get 409");
        tasks.MapPost("/release", Release).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Give a claimed task back to the pool");

        var review = app.MapGroup("/api/evaluations/{id:guid}/review").WithTags("Review");
        review.MapPost("/comments", Comment).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Comment on the form or on one indicator (reviewer holding the task)");
        review.MapPost("/adjustments", Adjust).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Adjust the score of the execution line or an indicator, with a reason; the claim stays visible");
        review.MapPost("/request-revision", RequestRevision).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Send the form back to the unit with reasons");
        review.MapPost("/approve", Approve).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Approve: fixes the final score and grade");
        review.MapPost("/reject", Reject).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Reject, with a reason");

        var manage = app.MapGroup("/api/evaluations/{id:guid}").WithTags("Review");
        manage.MapPost("/publish", Publish).RequireAuthorization(Policies.Manager).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Publish (公开) an approved form");
        manage.MapPost("/reopen", Reopen).RequireAuthorization(Policies.Manager).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Reopen an approved or published form, with a reason; it goes back to the unit");
    }

    private static Task<IResult> Claim(Guid taskId, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnTask(taskId, http, commands, (s, a) => ReviewDecisions.Claim(s, a, taskId),
            (s, a) => RecheckTasks.Claim(s, a, taskId), (s, a) => TargetDecisions.Claim(s, a, taskId),
            (s, a) => RectificationTasks.Claim(s, a, taskId), ct);

    private static Task<IResult> Release(Guid taskId, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnTask(taskId, http, commands, (s, a) => ReviewDecisions.Release(s, a, taskId),
            (s, a) => RecheckTasks.Release(s, a, taskId), (s, a) => TargetDecisions.Release(s, a, taskId),
            (s, a) => RectificationTasks.Release(s, a, taskId), ct);

    private static Task<IResult> Comment(Guid id, CommentRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnForm(id, http, commands, (s, a) => ReviewDecisions.Comment(s, a, body?.Text, body?.IndicatorIndex), ct);

    /// <summary>The earlier adjustment: recorded as a re-check entry under the judgement clause of the form's rulebook.</summary>
    private static async Task<IResult> Adjust(
        Guid id, AdjustmentRequest? body, HttpContext http, IQuerySession session, EvaluationCommands commands, Rulebooks rulebooks,
        CancellationToken ct)
    {
        ScoreTarget? target = body?.Target switch
        {
            "execution" when body.IndicatorIndex is null => ScoreTarget.Execution,
            "indicator" when body.IndicatorIndex is { } i => ScoreTarget.Indicator(i),
            _ => null,
        };
        if (target is null || body?.Score is null)
        {
            var errors = new List<FieldError>();
            if (target is null)
            {
                errors.Add(FieldError.Labelled(
                    "target",
                    "应为 execution（预算执行率，不填 indicatorIndex）或 indicator（绩效指标，并以 indicatorIndex 指明第几行）。",
                    "must be \"execution\" (budget execution, without indicatorIndex) or \"indicator\" with indicatorIndex (which row)."));
            }

            if (body?.Score is null)
            {
                errors.Add(FieldError.Labelled("score", "请填写调整后的分数。", "the adjusted score is required."));
            }

            return Problems.Validation(errors);
        }

        var year = (await session.LoadAsync<Evaluation>(id, ct))?.FiscalYear;
        var rulebook = year is { } y ? (await rulebooks.ForFormAsync(y, ct)).Rulebook : null;
        return await OnForm(id, http, commands, (s, a) => ReviewDecisions.Adjust(s, a, target, body.Score.Value, body.Reason, rulebook), ct);
    }

    private static Task<IResult> RequestRevision(Guid id, RevisionRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnForm(id, http, commands, (s, a) => ReviewDecisions.RequestRevision(s, a, body?.Reasons), ct);

    private static Task<IResult> Approve(Guid id, HttpContext http, EvaluationCommands commands, ScoringProfile profile, CancellationToken ct) =>
        OnForm(id, http, commands, (s, a) => ReviewDecisions.Approve(s, a, profile), ct);

    private static Task<IResult> Reject(Guid id, ReasonRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnForm(id, http, commands, (s, a) => ReviewDecisions.Reject(s, a, body?.Reason), ct);

    private static Task<IResult> Publish(Guid id, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnForm(id, http, commands, ReviewDecisions.Publish, ct);

    private static Task<IResult> Reopen(Guid id, ReasonRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        OnForm(id, http, commands, (s, a) => ReviewDecisions.Reopen(s, a, body?.Reason), ct);

    private static Task<IResult> OnForm(
        Guid id, HttpContext http, EvaluationCommands commands, Func<Evaluation, Actor, Decision> decide, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return FormCommands.RunAsync(id, http, commands, actor, s => decide(s, actor), ct);
    }

    /// <summary>
    /// A decision on the document a task reviews: a form (its review task, or its re-check task), for the target
    /// kinds a target declaration, for Rectification a rectification notice. A task outside
    /// the reviewer's departments answers 404, like a form the caller may not see. The task is read in the command's
    /// own transaction: one commit for the action.
    /// </summary>
    private static async Task<IResult> OnTask(
        Guid taskId,
        HttpContext http,
        EvaluationCommands commands,
        Func<Evaluation, Actor, Decision> decide,
        Func<Evaluation, Actor, Decision> decideOnRecheck,
        Func<TargetDeclaration, Actor, Decision> decideOnTargets,
        Func<RectificationNotice, Actor, Decision> decideOnRectification,
        CancellationToken ct)
    {
        var actor = http.User.ToActor();
        await using var scope = await commands.BeginAsync(FormCommands.Write(http, actor), ct);
        var task = await scope.Session.LoadAsync<ReviewTask>(taskId, ct);
        if (task is null || !actor.ReviewsDepartment(task.DepartmentId))
        {
            return Problems.Create(StatusCodes.Status404NotFound, "review.task_not_found",
                "The review task was not found.", "未找到该审核任务。");
        }

        return task.Kind switch
        {
            ReviewTaskKind.SelfEvaluation =>
                await FormCommands.RunAsync(task.EvaluationId, http, commands, actor, s => decide(s, actor), ct, scope),
            ReviewTaskKind.Recheck =>
                await FormCommands.RunAsync(task.EvaluationId, http, commands, actor, s => decideOnRecheck(s, actor), ct, scope),
            ReviewTaskKind.Rectification =>
                await RectificationEndpoints.RunAsync(task.EvaluationId, http, commands, decideOnRectification, ct, scope),
            _ => await TargetCommands.RunAsync(task.EvaluationId, http, commands, actor, s => decideOnTargets(s, actor), ct, scope),
        };
    }
}
