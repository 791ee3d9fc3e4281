using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// One row of the forms list (GET /api/evaluations): what a list shows of a form, read by PostgreSQL from the stored
/// snapshot, so a page carries a few hundred bytes a form instead of the whole form (GET /api/evaluations/{id}).
/// </summary>
/// <param name="ProjectName">项目名称 (for a department-wide form, what the unit wrote there).</param>
/// <param name="CompetentDepartment">主管部门, which names a department-wide form.</param>
/// <param name="ImplementingUnit">实施单位.</param>
/// <param name="ClaimedTotal">The unit's own total (自评得分), as written on the form.</param>
/// <param name="ComputedTotal">The rule engine's total of the latest scored submission (null before scoring).</param>
/// <param name="FinalTotal">The approved total (null before approval).</param>
/// <param name="FinalGrade">The approved grade (优/良/中/差; null before approval).</param>
public sealed record EvaluationSummary(
    Guid Id,
    string UnitId,
    string DepartmentId,
    int FiscalYear,
    FormKind Kind,
    string ProjectName,
    string CompetentDepartment,
    string ImplementingUnit,
    EvaluationStatus Status,
    decimal? ClaimedTotal,
    decimal? ComputedTotal,
    decimal? FinalTotal,
    string? FinalGrade,
    int Submissions,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
