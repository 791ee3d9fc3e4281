using System.Text.Json.Serialization;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// The checks across forms and years of one form (docs/domain-rules.md#checks-across-forms-and-years): findings that
/// name the rows they compared. One document per form, recomputed for a whole year at a time; it feeds the sample's
/// risk score and the reviewer's screen.
/// </summary>
public sealed record CrossCheckResult
{
    /// <summary>The form's id.</summary>
    public required Guid Id { get; init; }

    public required int FiscalYear { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }

    /// <summary>The form's 项目名称, for lists that name both forms.</summary>
    public string ProjectName { get; init; } = "";

    /// <summary>A project's form or the department-wide form (written only for the latter: most forms are projects).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public FormKind Kind { get; init; } = FormKind.Project;

    /// <summary>The form's 实施单位 as written.</summary>
    public string UnitName { get; init; } = "";

    public required IReadOnlyList<CrossFinding> Findings { get; init; }
    public DateTimeOffset CheckedAt { get; init; }
}

/// <summary>
/// One finding across forms: this form's row (<see cref="Finding.Path"/>) and, where the check compared it with another
/// form, that form and row. The other form's fields are left out of the stored JSON when absent: most findings have
/// none, and a year's results run to a million findings.
/// </summary>
public sealed record CrossFinding(
    Finding Finding,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? OtherEvaluationId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? OtherIndicatorIndex = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OtherProjectName = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OtherUnitId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? OtherFiscalYear = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OtherUnitName = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OtherDepartmentId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FormKind? OtherKind = null)
{
    /// <summary>The other form's kind as stored: null for a project's form (most are), so that it is written only when it is not one.</summary>
    public static FormKind? KindOf(CrossCheckForm other) => other.Kind == FormKind.Project ? null : other.Kind;
}
