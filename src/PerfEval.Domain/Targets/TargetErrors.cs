using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Targets;

/// <summary>The refusals of a target declaration's lifecycle, each with a stable code.</summary>
public static class TargetErrors
{
    public static DomainError NotFound { get; } = new(
        ErrorKind.NotFound, "targets.not_found", "未找到该绩效目标申报表。", "The target declaration was not found.");

    public static DomainError OnlyUnitsDeclare { get; } = new(
        ErrorKind.Forbidden, "targets.only_units_declare", "只有预算单位用户可以申报绩效目标。",
        "Only unit users can declare targets.");

    public static DomainError AlreadyDeclared { get; } = new(
        ErrorKind.Conflict, "targets.already_declared", "该项目本年度的绩效目标已申报，请打开已有的申报表。",
        "The project's targets for the year are already declared; open the existing declaration.");

    public static DomainError NotOwner { get; } = new(
        ErrorKind.Forbidden, "targets.not_owner", "只有申报单位可以修改、提交或调整该绩效目标。",
        "Only the declaring unit can change, submit or adjust these targets.");

    public static DomainError NotEditable(TargetStatus status) => new(
        ErrorKind.Conflict, "targets.not_editable",
        $"绩效目标当前状态为“{StatusZh(status)}”，只有草稿或退回修改状态可以修改或提交。",
        $"The declaration is {status}; only Draft or RevisionRequested declarations can be changed or submitted.");

    public static DomainError IdentityChanged { get; } = new(
        ErrorKind.Invalid, "targets.identity_changed", "项目名称和年度在申报后不能修改；如需更改，请新建申报表。",
        "The project name and the year cannot change once declared; declare a new project instead.");

    public static DomainError NotUnderReview(TargetStatus status) => new(
        ErrorKind.Conflict, "targets.not_in_review", $"绩效目标当前状态为“{StatusZh(status)}”，不在审核中。",
        $"The declaration is {status}, not under review.");

    public static DomainError NotApproved(TargetStatus status) => new(
        ErrorKind.Conflict, "targets.not_approved", $"绩效目标当前状态为“{StatusZh(status)}”，只有已批复的绩效目标可以执行此操作。",
        $"The declaration is {status}; only approved targets allow this.");

    public static DomainError AdjustmentPending { get; } = new(
        ErrorKind.Conflict, "targets.adjustment_pending", "已有一项调整申请在审核中，请等待审核结果。",
        "An adjustment is already waiting for review.");

    public static DomainError AdjustmentUnchanged { get; } = new(
        ErrorKind.Invalid, "targets.adjustment_unchanged", "调整后的内容与已批复的绩效目标相同。",
        "The adjusted content is the same as the approved targets.");

    public static DomainError NoSuchAdjustment(int number) => new(
        ErrorKind.Conflict, "targets.no_such_adjustment", $"第 {number} 次调整申请不存在或已审核。",
        $"Adjustment {number} does not exist or is already decided.");

    public static DomainError InvalidGrade { get; } = new(
        ErrorKind.Invalid, "targets.grade_invalid", "审核等级须为 优、良、中 或 差。", "The review grade must be 优, 良, 中 or 差.");

    public static DomainError Invalid(string code, string message, string messageEn) =>
        new(ErrorKind.Invalid, code, message, messageEn);

    public static string StatusZh(TargetStatus status) => status switch
    {
        TargetStatus.Draft => "草稿",
        TargetStatus.Submitted => "已提交",
        TargetStatus.InReview => "审核中",
        TargetStatus.RevisionRequested => "退回修改",
        TargetStatus.Approved => "已批复",
        _ => "未通过",
    };
}
