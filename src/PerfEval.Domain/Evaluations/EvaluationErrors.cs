using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Evaluations;

/// <summary>The refusals of the form's lifecycle, each with a stable code.</summary>
public static class EvaluationErrors
{
    public static DomainError NotFound { get; } = new(
        ErrorKind.NotFound, "evaluation.not_found", "未找到该自评表。", "The evaluation form was not found.");

    public static DomainError OnlyUnitsDraft { get; } = new(
        ErrorKind.Forbidden, "evaluation.only_units_draft", "只有预算单位用户可以创建自评表。",
        "Only unit users can create evaluation forms.");

    public static DomainError UnitWithoutDepartment { get; } = new(
        ErrorKind.Forbidden, "evaluation.unit_without_department", "该单位用户未配置主管部门。",
        "The unit user has no competent department in their token.");

    public static DomainError NotOwner { get; } = new(
        ErrorKind.Forbidden, "evaluation.not_owner", "只有填报单位可以修改或提交该自评表。",
        "Only the owning unit can change or submit this form.");

    public static DomainError NotEditable(EvaluationStatus status) => new(
        ErrorKind.Conflict, "evaluation.not_editable",
        $"自评表当前状态为 {status}，只有草稿或退回修改状态可以修改。",
        $"The form is {status}; only Draft or RevisionRequested forms can be changed.");

    /// <summary>A PUT that would turn a project's form into the department-wide form or back.</summary>
    public static DomainError KindChanged(Forms.FormKind kind) => new(
        ErrorKind.Conflict, "evaluation.kind_changed",
        kind == Forms.FormKind.DepartmentWide
            ? "该表是部门整体支出绩效自评表，不能改为项目支出绩效自评表；请另建项目自评表。"
            : "该表是项目支出绩效自评表，不能改为部门整体支出绩效自评表；请另建部门整体自评表。",
        kind == Forms.FormKind.DepartmentWide
            ? "This is the department-wide form; it cannot become a project's form. Create a project's form instead."
            : "This is a project's form; it cannot become the department-wide form. Create a department-wide form instead.");

    /// <summary>A second department-wide form of the same department and year.</summary>
    public static DomainError DepartmentWideExists(int fiscalYear) => new(
        ErrorKind.Conflict, "evaluation.department_wide_exists",
        $"本部门{fiscalYear}年度的部门整体支出绩效自评表已存在，每个部门每年只填一张；请在已有的表上修改。",
        $"The department already has a department-wide form for {fiscalYear}; there is one per department and year. Change the existing one.");

    public static DomainError NotSubmittable(EvaluationStatus status) => new(
        ErrorKind.Conflict, "evaluation.not_submittable",
        $"自评表当前状态为 {status}，只有草稿或退回修改状态可以提交。",
        $"The form is {status}; only Draft or RevisionRequested forms can be submitted.");

    /// <summary>A PUT that changes cells fixed by the approved targets; names each cell with both values.</summary>
    public static DomainError LockedCellsChanged(IReadOnlyList<LockedCell> cells) => new(
        ErrorKind.Conflict, "evaluation.locked_cells_changed",
        "以下内容由批复的绩效目标确定，不能修改：" + string.Join("；", cells.Select(c => $"{c.Cell}（{c.Path}）批复为“{c.Approved}”，提交为“{c.Claimed}”")) + "。",
        "These cells are fixed by the approved targets and cannot change: "
        + string.Join("; ", cells.Select(c => $"{c.Path} approved '{c.Approved}', sent '{c.Claimed}'")) + ".")
    {
        Cells = cells,
    };
}
