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
            Title = $"新的审核任务：{m.ProjectName}",
            TitleEn = $"New review task: {m.ProjectName}",
            Body = $"{m.FiscalYear} 年度自评表（第 {m.Submission} 次提交）待审核。",
            BodyEn = $"The {m.FiscalYear} self-evaluation form (submission {m.Submission}) is waiting for review.",
            CreatedAt = at,
            CorrelationId = m.CorrelationId,
        };
    }

    public static Notification Outcome(ReviewOutcomeV1 m, DateTimeOffset at)
    {
        var audience = Audiences.Unit(m.UnitId);
        var reasons = string.Join("；", m.Reasons);
        var (title, titleEn, body, bodyEn) = m.Outcome switch
        {
            ReviewOutcome.RevisionRequested => (
                $"自评表被退回修改：{m.ProjectName}", $"Revision requested: {m.ProjectName}",
                $"退回原因：{reasons}", $"Reasons: {string.Join("; ", m.Reasons)}"),
            ReviewOutcome.Approved => (
                $"自评表审核通过：{m.ProjectName}", $"Approved: {m.ProjectName}",
                $"最终得分 {m.FinalTotal}，等级 {m.FinalGrade}。", $"Final score {m.FinalTotal}, grade {m.FinalGrade}."),
            ReviewOutcome.Rejected => (
                $"自评表未通过审核：{m.ProjectName}", $"Rejected: {m.ProjectName}",
                $"原因：{reasons}", $"Reason: {string.Join("; ", m.Reasons)}"),
            _ => (
                $"自评表已重新打开：{m.ProjectName}", $"Reopened: {m.ProjectName}",
                $"原因：{reasons}", $"Reason: {string.Join("; ", m.Reasons)}"),
        };

        return new Notification
        {
            Id = Notification.IdFor(m.EventId.ToString("N"), audience),
            Audience = audience,
            Kind = "review-" + m.Outcome.ToString().ToLowerInvariant(),
            EvaluationId = m.EvaluationId,
            Title = title,
            TitleEn = titleEn,
            Body = body,
            BodyEn = bodyEn,
            CreatedAt = at,
            CorrelationId = m.CorrelationId,
        };
    }
}
