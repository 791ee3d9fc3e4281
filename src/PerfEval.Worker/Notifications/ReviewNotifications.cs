using PerfEval.Contracts.V1;
using PerfEval.Domain.Notifications;

namespace PerfEval.Worker.Notifications;

/// <summary>The texts of the review workflow's notifications, in Chinese and English.</summary>
public static class ReviewNotifications
{
    public static Notification TaskOpened(ReviewTaskOpenedV1 m, DateTimeOffset at)
    {
        var audience = Audiences.DepartmentReviewers(m.DepartmentId);
        return new Notification
        {
            Id = Notification.IdFor(m.EventId.ToString("N"), audience),
            Audience = audience,
            Kind = "review-task-opened",
            EvaluationId = m.EvaluationId,
            Document = m.Kind,
            Title = $"新的审核任务：{m.ProjectName}",
            TitleEn = $"New review task: {m.ProjectName}",
            Body = m.Kind switch
            {
                "Targets" => $"{m.FiscalYear} 年度绩效目标（第 {m.Submission} 次提交）待审核。",
                "TargetAdjustment" => $"{m.FiscalYear} 年度绩效目标的第 {m.Submission} 次调整申请待审核。",
                "Rectification" => $"单位已第 {m.Submission} 次答复 {m.FiscalYear} 年度整改通知，整改情况待审核。",
                _ => $"{m.FiscalYear} 年度自评表（第 {m.Submission} 次提交）待审核。",
            },
            BodyEn = m.Kind switch
            {
                "Targets" => $"The {m.FiscalYear} performance targets (submission {m.Submission}) are waiting for review.",
                "TargetAdjustment" => $"Adjustment {m.Submission} of the {m.FiscalYear} performance targets is waiting for review.",
                "Rectification" => $"The unit answered the {m.FiscalYear} rectification notice (answer {m.Submission}); the answer is waiting for review.",
                _ => $"The {m.FiscalYear} self-evaluation form (submission {m.Submission}) is waiting for review.",
            },
            CreatedAt = at,
            CorrelationId = m.CorrelationId,
        };
    }

    /// <summary>A notice issued to the unit, or the unit's answer accepted or returned.</summary>
    public static Notification Rectification(RectificationNoticeV1 m, DateTimeOffset at)
    {
        var audience = Audiences.Unit(m.UnitId);
        var due = m.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (title, titleEn, body, bodyEn) = m.Step switch
        {
            RectificationStep.Issued => (
                $"收到整改通知：{m.Subject}", $"Rectification notice: {m.Subject}",
                $"{m.ByName} 下发了 {m.FiscalYear} 年度整改通知（{m.Problems} 个问题），请于 {due} 前答复整改情况。",
                $"{m.ByName} issued a {m.FiscalYear} rectification notice ({m.Problems} problem(s)); answer by {due}."),
            RectificationStep.Accepted => (
                $"整改已通过：{m.Subject}", $"Rectification accepted: {m.Subject}",
                m.Remark is { } c ? $"审核意见：{c}" : "整改情况已认可，整改完成。",
                m.Remark is { } ce ? $"Comment: {ce}" : "The answer was accepted; the rectification is complete."),
            _ => (
                $"整改被退回：{m.Subject}", $"Rectification returned: {m.Subject}",
                $"退回原因：{m.Remark}。请于 {due} 前重新答复。", $"Reason: {m.Remark}. Answer again by {due}."),
        };

        return new Notification
        {
            Id = Notification.IdFor(m.EventId.ToString("N"), audience),
            Audience = audience,
            Kind = "rectification-" + m.Step.ToString().ToLowerInvariant(),
            EvaluationId = m.RectificationId,
            Document = "Rectification",
            Title = title,
            TitleEn = titleEn,
            Body = body,
            BodyEn = bodyEn,
            CreatedAt = at,
            CorrelationId = m.CorrelationId,
        };
    }

    public static Notification Outcome(ReviewOutcomeV1 m, DateTimeOffset at)
    {
        var audience = Audiences.Unit(m.UnitId);
        var reasons = string.Join("；", m.Reasons);
        var (what, whatEn) = m.Kind switch
        {
            "Targets" => ("绩效目标", "Targets"),
            "TargetAdjustment" => ("绩效目标调整申请", "Target adjustment"),
            _ => ("自评表", "Form"),
        };
        var (title, titleEn, body, bodyEn) = m.Outcome switch
        {
            ReviewOutcome.RevisionRequested => (
                $"{what}被退回修改：{m.ProjectName}", $"{whatEn} sent back for revision: {m.ProjectName}",
                $"退回原因：{reasons}", $"Reasons: {string.Join("; ", m.Reasons)}"),
            ReviewOutcome.Approved when m.Kind == "SelfEvaluation" => (
                $"自评表审核通过：{m.ProjectName}", $"Approved: {m.ProjectName}",
                $"最终得分 {m.FinalTotal}，等级 {m.FinalGrade}。", $"Final score {m.FinalTotal}, grade {m.FinalGrade}."),
            ReviewOutcome.Approved => (
                $"{what}已批复：{m.ProjectName}", $"{whatEn} approved: {m.ProjectName}",
                m.FinalGrade is { } grade ? $"审核等级 {grade}。" : "调整后的绩效目标已生效。",
                m.FinalGrade is { } gradeEn ? $"Review grade {gradeEn}." : "The adjusted targets are in force."),
            ReviewOutcome.Rejected => (
                $"{what}未通过审核：{m.ProjectName}", $"{whatEn} rejected: {m.ProjectName}",
                $"原因：{reasons}", $"Reason: {string.Join("; ", m.Reasons)}"),
            _ => (
                $"{what}已重新打开：{m.ProjectName}", $"{whatEn} reopened: {m.ProjectName}",
                $"原因：{reasons}", $"Reason: {string.Join("; ", m.Reasons)}"),
        };

        return new Notification
        {
            Id = Notification.IdFor(m.EventId.ToString("N"), audience),
            Audience = audience,
            Kind = "review-" + m.Outcome.ToString().ToLowerInvariant(),
            EvaluationId = m.EvaluationId,
            Document = m.Kind,
            Title = title,
            TitleEn = titleEn,
            Body = body,
            BodyEn = bodyEn,
            CreatedAt = at,
            CorrelationId = m.CorrelationId,
        };
    }
}
