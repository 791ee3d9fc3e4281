using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// What a notice is issued about: one of a unit's forms, or the unit as a whole. For a form, the finding codes and the
/// re-check cells its problems may link to, and the supporting files an answer may cite.
/// </summary>
/// <param name="FormKind">The form's kind (a project's or the department-wide form); null for the unit as a whole.</param>
public sealed record RectificationSubject(
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    Guid? EvaluationId,
    string Name,
    string UnitName,
    EvaluationStatus? FormStatus,
    IReadOnlySet<string> FindingCodes,
    IReadOnlySet<string> RecheckCells,
    FormKind? FormKind = null)
{
    public static RectificationSubject OfForm(Evaluation form) => new(
        form.UnitId,
        form.DepartmentId,
        form.FiscalYear,
        form.Id,
        form.ProjectName,
        form.Form.Header.ImplementingUnit,
        form.Status,
        (form.Scorecard?.Findings ?? []).Select(f => f.Code).ToHashSet(StringComparer.Ordinal),
        form.Rechecks.Select(r => r.Target.Path).ToHashSet(StringComparer.Ordinal),
        form.Form.Kind);

    /// <param name="unitName">The unit's name as its forms give it, or its id when it has none.</param>
    public static RectificationSubject OfUnit(string unitId, string departmentId, int fiscalYear, string unitName) => new(
        unitId, departmentId, fiscalYear, null, unitName, unitName, null,
        new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
}
