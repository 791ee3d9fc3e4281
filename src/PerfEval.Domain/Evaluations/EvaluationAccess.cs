namespace PerfEval.Domain.Evaluations;

/// <summary>
/// Who may see a form (docs/domain-rules.md#access): the owning unit, reviewers of its department, managers.
/// The single place that answers it; list queries apply the same rule through <see cref="ReadScope"/>.
/// </summary>
public static class EvaluationAccess
{
    public static bool CanRead(Actor actor, string unitId, string departmentId) =>
        actor.IsManager || actor.BelongsToUnit(unitId) || actor.ReviewsDepartment(departmentId);

    public static bool CanRead(Actor actor, Evaluation evaluation) =>
        CanRead(actor, evaluation.UnitId, evaluation.DepartmentId);

    /// <summary>The forms an actor may list: everything, one unit's, some departments', or none.</summary>
    public static ReadScope ReadScope(Actor actor)
    {
        if (actor.IsManager)
        {
            return new ReadScope(All: true, UnitId: null, DepartmentIds: []);
        }

        return new ReadScope(
            All: false,
            UnitId: actor.IsUnit ? actor.UnitId : null,
            DepartmentIds: actor.IsReviewer ? actor.DepartmentIds.ToArray() : []);
    }
}

/// <summary>A list filter derived from the actor: <c>All</c>, or forms of <c>UnitId</c> or of <c>DepartmentIds</c>.</summary>
public sealed record ReadScope(bool All, string? UnitId, IReadOnlyList<string> DepartmentIds);
