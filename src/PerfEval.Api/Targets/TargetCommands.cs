using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Targets;

/// <summary>
/// A command on a target declaration over HTTP, as <see cref="FormCommands"/> runs one on a form: If-Match and the
/// Idempotency-Key in, the decision on the declaration's state, the declaration with its ETag or a problem out.
/// A declaration the actor may not see answers 404.
/// </summary>
public static class TargetCommands
{
    public static async Task<IResult> RunAsync(
        Guid id, HttpContext http, EvaluationCommands commands, Actor actor, Func<TargetDeclaration, Decision> decide,
        CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return Problems.StaleVersion(null);
        }

        var result = await commands.HandleAsync<TargetDeclaration>(
            id,
            expected,
            FormCommands.Write(http, actor),
            state => CanRead(actor, state) ? decide(state) : TargetErrors.NotFound,
            TargetErrors.NotFound,
            ct);
        return result.ToHttp(http);
    }

    /// <summary>Who may see a declaration: as a form, its unit, its department's reviewers and managers.</summary>
    public static bool CanRead(Actor actor, TargetDeclaration declaration) =>
        EvaluationAccess.CanRead(actor, declaration.UnitId, declaration.DepartmentId);
}
