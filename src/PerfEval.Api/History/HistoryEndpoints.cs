using System.Globalization;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
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

    public static void MapHistory(this IEndpointRouteBuilder app)
    {
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
            return Problems.Validation(new Dictionary<string, string[]>
            {
                ["asOf"] = ["An ISO 8601 timestamp, e.g. 2025-03-31T12:00:00+08:00 (UTC when no offset is given)."],
            });
        }

        at = parsed;
        return null;
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
