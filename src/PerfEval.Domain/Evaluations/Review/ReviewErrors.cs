namespace PerfEval.Domain.Evaluations.Review;

/// <summary>The refusals of the review workflow, each with a stable code.</summary>
public static class ReviewErrors
{
    public static DomainError NotDepartmentReviewer { get; } = new(
        ErrorKind.Forbidden, "review.not_department_reviewer", "只有该主管部门的审核人可以审核此表。",
        "Only reviewers of the form's department can review it.");

    public static DomainError OwnUnit { get; } = new(
        ErrorKind.Forbidden, "review.own_unit", "审核人不能审核本单位的自评表。",
        "A reviewer never reviews a form of their own unit.");

    public static DomainError TaskNotCurrent { get; } = new(
        ErrorKind.Conflict, "review.task_not_current", "该审核任务不是此表当前的审核任务。",
        "The task is not the form's current review task.");

    public static DomainError TaskClaimed(string? by) => new(
        ErrorKind.Conflict, "review.task_claimed", $"该审核任务已被 {by} 领取。",
        $"The task is already claimed by {by}.");

    public static DomainError TaskDone { get; } = new(
        ErrorKind.Conflict, "review.task_done", "该审核任务已完成。", "The review task is already done.");

    public static DomainError NotInReview(EvaluationStatus status) => new(
        ErrorKind.Conflict, "review.not_in_review", $"自评表当前状态为 {status}，不在审核中。",
        $"The form is {status}, not under review.");

    public static DomainError NotTaskHolder { get; } = new(
        ErrorKind.Forbidden, "review.not_task_holder", "只有领取该审核任务的审核人可以执行此操作。",
        "Only the reviewer holding the review task can do this.");

    public static DomainError OnlyManagers { get; } = new(
        ErrorKind.Forbidden, "review.only_managers", "只有管理人员可以执行此操作。", "Only managers can do this.");

    public static DomainError NotApproved(EvaluationStatus status) => new(
        ErrorKind.Conflict, "review.not_approved", $"自评表当前状态为 {status}，只有已通过的表可以公开。",
        $"The form is {status}; only Approved forms can be published.");

    public static DomainError NotReopenable(EvaluationStatus status) => new(
        ErrorKind.Conflict, "review.not_reopenable", $"自评表当前状态为 {status}，只有已通过或已公开的表可以重新打开。",
        $"The form is {status}; only Approved or Published forms can be reopened.");

    public static DomainError Invalid(string code, string message, string messageEn) =>
        new(ErrorKind.Invalid, code, message, messageEn);
}
