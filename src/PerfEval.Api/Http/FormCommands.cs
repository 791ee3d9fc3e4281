using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Http;

/// <summary>
/// A command on a form (or a target declaration) over HTTP: the If-Match version and the Idempotency-Key go in, the decision runs on the form's
/// current state, and the result reads as the form with its ETag or as a problem. Every endpoint that changes a form
/// (the unit's and the reviewer's) goes through here.
/// </summary>
public static class FormCommands
{
    /// <summary>
    /// Runs a decision on a form the actor may see. A form the actor may not see answers 404, as if it did not
    /// exist, so one unit learns nothing of another's forms.
    /// </summary>
    public static Task<IResult> RunAsync(
        Guid id,
        HttpContext http,
        EvaluationCommands commands,
        Actor actor,
        Func<Evaluation, Decision> decide,
        CancellationToken ct,
        CommandScope? scope = null) =>
        RunAsync(id, http, commands, actor, EvaluationAccess.CanRead, decide, EvaluationErrors.NotFound, ct, scope);

    /// <summary>
    /// Runs a decision on a stream's document (a form, a target declaration) the actor may read by
    /// <paramref name="canRead"/>; one the actor may not read answers <paramref name="notFound"/>.
    /// </summary>
    public static async Task<IResult> RunAsync<TState>(
        Guid id,
        HttpContext http,
        EvaluationCommands commands,
        Actor actor,
        Func<Actor, TState, bool> canRead,
        Func<TState, Decision> decide,
        DomainError notFound,
        CancellationToken ct,
        CommandScope? scope = null)
        where TState : class, IVersioned
    {
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return Problems.StaleVersion(null);
        }

        Func<TState, Decision> decideIfSeen = state => canRead(actor, state) ? decide(state) : notFound;
        var result = scope is null
            ? await commands.HandleAsync(id, expected, Write(http, actor), decideIfSeen, notFound, ct)
            : await commands.HandleAsync(scope, id, expected, decideIfSeen, notFound, ct);
        return result.ToHttp(http);
    }

    public static WriteContext Write(HttpContext http, Actor actor) =>
        new(actor, CorrelationMiddleware.Of(http)) { Idempotency = IdempotentRequest.Of(http)?.Write };

    /// <summary>How a command's result reads over HTTP: the form's state with its ETag, or a problem.</summary>
    public static IResult ToHttp(this CommandResult result, HttpContext http)
    {
        switch (result.Outcome)
        {
            case CommandOutcome.StaleVersion:
                return Problems.StaleVersion(result.ActualVersion ?? result.State?.Version);
            case CommandOutcome.Refused:
                return Problems.From(result.Error!);
            case CommandOutcome.Repeated:
                return IdempotentRequest.Of(http)!.Replay(result.Earlier!);
            default:
                ETags.Set(http.Response, result.State!.Version);
                return Results.Ok<object>(result.State);
        }
    }
}
