using PerfEval.Contracts.V1;
using PerfEval.Domain.Directories;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Scoring;

namespace PerfEval.Worker.Notifications;

/// <summary>
/// The texts of the review workflow's notifications, in Chinese and English. They name the unit and its department as
/// the directory writes them (the id only when the directory has no entry) and the document by its project.
/// </summary>
public static class ReviewNotifications
{
    public static Notification TaskOpened(ReviewTaskOpenedV1 m, DateTimeOffset at, OrgDirectory directory)
    {
        var audience = Audiences.DepartmentReviewers(m.DepartmentId);
        var (what, whatEn) = Document(m.Kind);
        var project = Project(m.ProjectName, what);
        var projectEn = Project(m.ProjectName, whatEn);
        var unit = directory.UnitName(m.UnitId);
        var department = directory.DepartmentName(m.DepartmentId);
        return new Notification
        {
            Id = Notification.IdFor(m.EventId.ToString("N"), audience),
            Audience = audience,
            Kind = "review-task-opened",
            EvaluationId = m.EvaluationId,
            Document = m.Kind,
            Title = $"新的审核任务：{project}",
            TitleEn = $"New review task: {projectEn}",
            Body = $"{unit}（{department}）" + m.Kind switch
            {
                "TargetAdjustment" => $"的 {m.FiscalYear} 年度绩效目标第 {m.Submission} 次调整申请待审核。",
                "Rectification" => $"已第 {m.Submission} 次答复 {m.FiscalYear} 年度整改通知，整改情况待审核。",
                _ => $"的 {m.FiscalYear} 年度{what}（第 {m.Submission} 次提交）待审核。",
            },
            BodyEn = m.Kind switch
            {
                "TargetAdjustment" => $"Adjustment {m.Submission} of the {m.FiscalYear} performance targets of {unit} ({department}) is waiting for review.",
                "Rectification" => $"{unit} ({department}) answered the {m.FiscalYear} rectification notice (answer {m.Submission}); the answer is waiting for review.",
                _ => $"Submission {m.Submission} of the {m.FiscalYear} {whatEn} of {unit} ({department}) is waiting for review.",
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
        var reasonsEn = string.Join("; ", m.Reasons);
        var (what, whatEn) = Document(m.Kind);
        var project = Project(m.ProjectName, what);
        var projectEn = Project(m.ProjectName, whatEn);
        var (title, titleEn, body, bodyEn) = m.Outcome switch
        {
            ReviewOutcome.RevisionRequested => (
                $"{what}被退回修改：{project}", $"{Capitalized(whatEn)} sent back for revision: {projectEn}",
                $"退回原因：{reasons}", $"Reasons: {reasonsEn}"),
            ReviewOutcome.Approved when m.Kind == "SelfEvaluation" => (
                $"{what}审核通过：{project}", $"Approved: {projectEn}",
                $"最终得分 {m.FinalTotal:0.00}，等级 {m.FinalGrade}。", $"Final score {m.FinalTotal:0.00}, grade {GradeNames.English(m.FinalGrade)}."),
            ReviewOutcome.Approved => (
                $"{what}已批复：{project}", $"{Capitalized(whatEn)} approved: {projectEn}",
                m.FinalGrade is { } grade ? $"审核等级 {grade}。" : "调整后的绩效目标已生效。",
                m.FinalGrade is { } gradeEn ? $"Review grade {GradeNames.English(gradeEn)}." : "The adjusted targets are in force."),
            // A rejection and a reopening say the same thing but for what happened.
            _ => (
                $"{what}{(m.Outcome == ReviewOutcome.Rejected ? "未通过审核" : "已重新打开")}：{project}",
                $"{Capitalized(whatEn)} {(m.Outcome == ReviewOutcome.Rejected ? "rejected" : "reopened")}: {projectEn}",
                $"原因：{reasons}", $"Reason: {reasonsEn}"),
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

    /// <summary>What the reviewed document is called, in Chinese and English.</summary>
    private static (string Zh, string En) Document(string kind) => kind switch
    {
        "Targets" => ("绩效目标", "performance targets"),
        "TargetAdjustment" => ("绩效目标调整申请", "target adjustment"),
        "Rectification" => ("整改答复", "rectification answer"),
        _ => ("自评表", "self-evaluation form"),
    };

    /// <summary>The project's name; a document without one is called by what it is.</summary>
    private static string Project(string projectName, string what) =>
        string.IsNullOrWhiteSpace(projectName) ? what : projectName;

    private static string Capitalized(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
