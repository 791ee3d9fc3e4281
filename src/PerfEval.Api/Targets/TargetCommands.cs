using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Targets;

/// <summary>
/// A command on a target declaration over HTTP, through <see cref="FormCommands"/> as a form's: If-Match and the
/// Idempotency-Key in, the decision on the declaration's state, the declaration with its ETag or a problem out.
/// A declaration the actor may not see answers 404.
/// </summary>
public static class TargetCommands
{
    public static Task<IResult> RunAsync(
        Guid id, HttpContext http, EvaluationCommands commands, Actor actor, Func<TargetDeclaration, Decision> decide,
        CancellationToken ct, CommandScope? scope = null) =>
        FormCommands.RunAsync(id, http, commands, actor, CanRead, decide, TargetErrors.NotFound, ct, scope);

    /// <summary>Who may see a declaration: as a form, its unit, its department's reviewers and managers.</summary>
    public static bool CanRead(Actor actor, TargetDeclaration declaration) =>
        EvaluationAccess.CanRead(actor, declaration.UnitId, declaration.DepartmentId);
}
