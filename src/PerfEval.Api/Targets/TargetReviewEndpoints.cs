using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Api.Review;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Targets;

/// <summary>
/// The finance bureau's review of targets (comments, request revision, approve with a grade, reject), adjustments
/// after approval (the unit asks, a reviewer decides) and the unit's mid-year monitoring report. Claiming and
/// releasing go through the review queue (/api/review-tasks/{taskId}/claim|release) as for forms.
/// </summary>
public static class TargetReviewEndpoints
{
    public sealed record GradeRequest(string? Grade);

    public sealed record AdjustmentRequest(string? Reason, TargetContent? Content);

    public static void MapTargetReview(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/targets/{id:guid}/review").WithTags("Targets");
        review.MapPost("/comments", Comment).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Comment on the declaration or one indicator (the reviewer holding its task)");
        review.MapPost("/request-revision", RequestRevision).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Send the declaration back to the unit with reasons");
        review.MapPost("/approve", Approve).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Approve the declaration with a review grade {\"grade\": \"优|良|中|差\"}: its content becomes approved version 1");
        review.MapPost("/reject", Reject).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Reject the declaration with a reason");

        var targets = app.MapGroup("/api/targets/{id:guid}").WithTags("Targets");
        targets.MapPost("/adjustments", RequestAdjustment).RequireAuthorization(Policies.Unit).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Ask to adjust approved targets: a reason and the adjusted content; opens a review task");
        targets.MapPost("/adjustments/{number:int}/approve", ApproveAdjustment).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Approve an adjustment: its content becomes the next approved version");
        targets.MapPost("/adjustments/{number:int}/reject", RejectAdjustment).RequireAuthorization(Policies.Reviewer).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("Reject an adjustment with a reason; the approved version stays");
        targets.MapPost("/monitoring", ReportMonitoring).RequireAuthorization(Policies.Unit).WithIdempotencyKey().AnswersFormCommand()
            .WithSummary("The unit's mid-year monitoring report: execution to date and each indicator's progress");
    }

    private static Task<IResult> Comment(Guid id, ReviewEndpoints.CommentRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        On(id, http, commands, (s, a) => TargetDecisions.Comment(s, a, body?.Text, body?.IndicatorIndex), ct);

    private static Task<IResult> RequestRevision(Guid id, ReviewEndpoints.RevisionRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        On(id, http, commands, (s, a) => TargetDecisions.RequestRevision(s, a, body?.Reasons), ct);

    private static Task<IResult> Approve(Guid id, GradeRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        On(id, http, commands, (s, a) => TargetDecisions.Approve(s, a, body?.Grade), ct);

    private static Task<IResult> Reject(Guid id, ReviewEndpoints.ReasonRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        On(id, http, commands, (s, a) => TargetDecisions.Reject(s, a, body?.Reason), ct);

    private static async Task<IResult> RequestAdjustment(
        Guid id, AdjustmentRequest? body, HttpContext http, EvaluationCommands commands, TargetInputValidator validator,
        CancellationToken ct)
    {
        if (validator.Problem(body?.Content) is { } invalid)
        {
            return invalid;
        }

        return await On(id, http, commands, (s, a) => TargetDecisions.RequestAdjustment(s, a, body!.Reason, body.Content!, dueDate: null), ct);
    }

    private static Task<IResult> ApproveAdjustment(Guid id, int number, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        On(id, http, commands, (s, a) => TargetDecisions.ApproveAdjustment(s, a, number), ct);

    private static Task<IResult> RejectAdjustment(
        Guid id, int number, ReviewEndpoints.ReasonRequest? body, HttpContext http, EvaluationCommands commands, CancellationToken ct) =>
        On(id, http, commands, (s, a) => TargetDecisions.RejectAdjustment(s, a, number, body?.Reason), ct);

    private static Task<IResult> ReportMonitoring(
        Guid id, MonitoringReport? report, HttpContext http, EvaluationCommands commands, ScoringProfile profile, CancellationToken ct)
    {
        if (report?.Indicators is null)
        {
            return Task.FromResult(Problems.Validation(
            [
                new FieldError(
                    "body", FieldLabels.For("body"), "请提交截止月份、截至该月的执行数和各指标进展。",
                    "A report with cutOffMonth, executedToDate and indicators is required."),
            ]));
        }

        return On(id, http, commands, (s, a) => TargetDecisions.ReportMonitoring(s, a, report, profile), ct);
    }

    private static Task<IResult> On(
        Guid id, HttpContext http, EvaluationCommands commands, Func<TargetDeclaration, Actor, Decision> decide, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return TargetCommands.RunAsync(id, http, commands, actor, s => decide(s, actor), ct);
    }
}
