using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Rectification;

/// <summary>The refusals of the rectification workflow (docs/domain-rules.md#rectification), each with a stable code.</summary>
public static class RectificationErrors
{
    public static DomainError NotFound { get; } = new(
        ErrorKind.NotFound, "rectification.not_found", "未找到该整改通知。", "The rectification notice was not found.");

    public static DomainError MayNotIssue { get; } = new(
        ErrorKind.Forbidden, "rectification.may_not_issue", "只有该主管部门的审核人或管理人员可以下发整改通知。",
        "Only reviewers of the department or managers can issue a rectification notice.");

    public static DomainError OwnUnit { get; } = new(
        ErrorKind.Forbidden, "rectification.own_unit", "审核人不能向本单位下发整改通知。",
        "A reviewer never issues a rectification notice to their own unit.");

    public static DomainError FormNotSubmitted { get; } = new(
        ErrorKind.Conflict, "rectification.form_not_submitted", "自评表尚未提交，不能下发整改通知。",
        "The form has not been submitted; no rectification notice can be issued for it.");

    public static DomainError NotOwner { get; } = new(
        ErrorKind.Forbidden, "rectification.not_owner", "只有被通知单位可以答复整改通知。",
        "Only the notified unit can answer the rectification notice.");

    public static DomainError NotAwaitingAnswer(RectificationStatus status) => new(
        ErrorKind.Conflict, "rectification.not_awaiting_answer",
        $"整改通知当前状态为“{StatusZh(status)}”，只有待整改或退回重改的通知可以答复。",
        $"The notice is {StatusEn(status)}; only notices to be rectified or returned can be answered.");

    public static DomainError NotUnderReview(RectificationStatus status) => new(
        ErrorKind.Conflict, "rectification.not_in_review", $"整改通知当前状态为“{StatusZh(status)}”，不在审核中。",
        $"The notice is {StatusEn(status)}, not under review.");

    public static DomainError Invalid(string field, string message, string messageEn) =>
        new(ErrorKind.Invalid, $"rectification.{field}_invalid", message, messageEn) { Field = field };

    public static string StatusZh(RectificationStatus status) => status switch
    {
        RectificationStatus.Issued => "待整改",
        RectificationStatus.Answered => "待审核",
        RectificationStatus.InReview => "审核中",
        RectificationStatus.Returned => "退回重改",
        _ => "整改完成",
    };

    public static string StatusEn(RectificationStatus status) => status switch
    {
        RectificationStatus.Issued => "to be rectified",
        RectificationStatus.Answered => "answered, waiting for review",
        RectificationStatus.InReview => "under review",
        RectificationStatus.Returned => "returned for another answer",
        _ => "rectified",
    };
}
