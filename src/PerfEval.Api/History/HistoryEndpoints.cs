using System.Globalization;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Integrity;
using PerfEval.Platform.History;

namespace PerfEval.Api.History;

/// <summary>
/// A form's audit history (docs/architecture.md#read-models): every stored event, and the state as of a past time. Read only: the history
/// is the event stream, and no endpoint edits or deletes events.
/// </summary>
public static class HistoryEndpoints
{
    public sealed record HistoryView(Guid EvaluationId, IReadOnlyList<HistoryEntry> Events);

    public sealed record StateAsOfView(Guid EvaluationId, DateTimeOffset AsOf, long Version, Evaluation? State);

    /// <summary>The verdict on the form's chain (docs/domain-rules.md#tamper-evident-trail).</summary>
    /// <param name="Unchained">Events stored before the chain existed, at the start of the stream (not judged).</param>
    /// <param name="ChainHead">The link recomputed for the last event (null: no event is chained).</param>
    public sealed record VerifyView(
        Guid EvaluationId,
        bool Intact,
        int Events,
        int Unchained,
        string? ChainHead,
        BrokenLinkView? FirstBroken,
        IReadOnlyList<ApprovalView> Approvals);

    /// <summary>The first broken link: version, event type and its summary (zh, en), when it was stored, why.</summary>
    /// <param name="Reason">"hash mismatch", "missing hash" or "previous link mismatch"; <c>reasonZh</c> in words.</param>
    public sealed record BrokenLinkView(
        long Version, string Type, string Summary, string SummaryEn, DateTimeOffset At, string Reason, string ReasonZh);

    /// <summary>
    /// An approval: the chain head it recorded, the head recomputed just before it, and whether they are the same
    /// (null: recorded before approvals kept a head).
    /// </summary>
    public sealed record ApprovalView(long Version, string? ChainHead, string? Expected, bool? Matches);

    public static void MapHistory(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/evaluations/{id:guid}/verify", Verify)
            .WithTags("Evaluations")
            .RequireAuthorization(Policies.Authenticated)
            .Produces<VerifyView>()
            .ProducesProblems(404)
            .WithSummary("Recompute the form's hash chain from its stored events: intact or the first broken link " +
                         "(version, type, summary, time, reason), and whether each approval's recorded chain head matches");

        app.MapGet("/api/evaluations/{id:guid}/history", Get)
            .WithTags("Evaluations")
            .RequireAuthorization(Policies.Authenticated)
            .Produces<HistoryView>()
            .ProducesProblems(400, 404)
            .WithSummary("The form's events in order (type, summary zh/en, data, actor, time, version, correlation); " +
                         "with asOf, the form's state as it was then");
    }

    /// <summary>The <c>asOf</c> query value: absent, an ISO 8601 timestamp, or a validation problem.</summary>
    public static IResult? ParseAsOf(string? asOf, out DateTimeOffset? at)
    {
        at = null;
        if (asOf is null)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return Problems.Invalid(
                "asOf",
                "应为 ISO 8601 格式的时间，如 2025-03-31T12:00:00+08:00（未写时区按 UTC）。",
                "must be an ISO 8601 timestamp, e.g. 2025-03-31T12:00:00+08:00 (UTC when no offset is given).");
        }

        at = parsed;
        return null;
    }

    private static async Task<IResult> Verify(Guid id, HttpContext http, EvaluationHistory history, CancellationToken ct)
    {
        var events = await history.EventsAsync(id, ct);
        var current = events is null ? null : EvaluationHistory.StateAsOf(events, DateTimeOffset.MaxValue);
        if (current is null || !EvaluationAccess.CanRead(http.User.ToActor(), current))
        {
            return Problems.NotFound();
        }

        var report = EvaluationHistory.Verify(id, events!);
        var broken = report.FirstBroken is { } b ? Describe(b) : null;
        return Results.Ok(new VerifyView(
            id,
            report.Intact,
            report.Events,
            report.Unchained,
            report.ChainHead,
            broken,
            report.Approvals.Select(a => new ApprovalView(a.Version, a.ChainHead, a.Expected, a.Matches)).ToList()));
    }

    private static BrokenLinkView Describe(BrokenLink broken)
    {
        var (code, zh, _) = ChainVerification.Describe(broken.Reason);
        return new BrokenLinkView(broken.Version, broken.Type, broken.SummaryZh, broken.SummaryEn, broken.At, code, zh);
    }

    private static async Task<IResult> Get(
        Guid id, string? asOf, HttpContext http, EvaluationHistory history, CancellationToken ct)
    {
        if (ParseAsOf(asOf, out var at) is { } invalid)
        {
            return invalid;
        }

        var events = await history.EventsAsync(id, ct);
        var current = events is null ? null : EvaluationHistory.StateAsOf(events, DateTimeOffset.MaxValue);
        if (current is null || !EvaluationAccess.CanRead(http.User.ToActor(), current))
        {
            return Problems.NotFound();
        }

        if (at is { } when)
        {
            var then = EvaluationHistory.StateAsOf(events!, when);
            return Results.Ok(new StateAsOfView(id, when, then?.Version ?? 0, then));
        }

        return Results.Ok(new HistoryView(id, events!.Select(EvaluationHistory.Entry).ToList()));
    }
}
