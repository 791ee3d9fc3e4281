using System.Globalization;
using PerfEval.Domain.Directories;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Notifications;

namespace PerfEval.Domain.Calendar;

/// <summary>
/// The notifications of the deadlines (docs/domain-rules.md#deadlines). Their ids derive from what they are about, so a job that runs
/// twice, or on two servers, writes each of them once.
/// </summary>
public static class DeadlineNotifications
{
    public const string ReminderKind = "deadline.self_evaluation_reminder";
    public const string OverdueKind = "deadline.review_overdue";
    public const string MonitoringReminderKind = "deadline.monitoring_reminder";

    /// <summary>One monitoring reminder per unit, fiscal year and offset.</summary>
    public static Notification MonitoringReminder(
        FiscalCalendar calendar, string unitId, int offsetDays, IReadOnlyList<string> projects, DateTimeOffset now, string correlationId)
    {
        var audience = Audiences.Unit(unitId);
        var due = calendar.MonitoringDue!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var month = calendar.MonitoringCutOffMonth!.Value;
        return new Notification
        {
            Id = Notification.IdFor($"monitoring-reminder:{calendar.FiscalYear}:{offsetDays}", audience),
            Audience = audience,
            Kind = MonitoringReminderKind,
            Title = $"{calendar.FiscalYear} 年度绩效运行监控（截至 {month} 月）将于 {due} 截止报送",
            TitleEn = $"Monitoring reports of {calendar.FiscalYear} (to month {month}) are due on {due}",
            Body = $"贵单位尚有 {projects.Count} 个项目未报送运行监控：{string.Join("、", projects)}。距截止日期还有 {offsetDays} 天。",
            BodyEn = $"Your unit has {projects.Count} project(s) without a monitoring report: {string.Join(", ", projects)}; {offsetDays} day(s) before the due date.",
            CreatedAt = now,
            CorrelationId = correlationId,
        };
    }

    /// <summary>One reminder per unit, fiscal year and offset.</summary>
    public static Notification Reminder(
        FiscalCalendar calendar, string unitId, int offsetDays, int pendingForms, DateTimeOffset now, string correlationId)
    {
        var audience = Audiences.Unit(unitId);
        var due = calendar.SelfEvaluationDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Notification
        {
            Id = Notification.IdFor($"reminder:{calendar.FiscalYear}:{offsetDays}", audience),
            Audience = audience,
            Kind = ReminderKind,
            Title = $"{calendar.FiscalYear} 年度绩效自评将于 {due} 截止",
            TitleEn = $"Self-evaluations of {calendar.FiscalYear} are due on {due}",
            Body = $"贵单位尚有 {pendingForms} 张自评表未提交（草稿或退回修改），距截止日期还有 {offsetDays} 天。",
            BodyEn = $"Your unit has {pendingForms} form(s) not submitted (draft or sent back); {offsetDays} day(s) before the due date.",
            CreatedAt = now,
            CorrelationId = correlationId,
        };
    }

    /// <summary>
    /// One escalation per overdue task and audience (the department's reviewers, the managers), naming the unit and its
    /// department as the directory writes them (the id only when it has no entry).
    /// </summary>
    public static IReadOnlyList<Notification> Overdue(
        ReviewTask task, DateOnly due, DateTimeOffset now, string correlationId, OrgDirectory directory)
    {
        var dueText = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var unit = directory.UnitName(task.UnitId);
        var department = directory.DepartmentName(task.DepartmentId);
        return [.. new[] { Audiences.DepartmentReviewers(task.DepartmentId), Audiences.Managers }.Select(audience => new Notification
        {
            Id = Notification.IdFor($"overdue:{task.Id:N}", audience),
            Audience = audience,
            Kind = OverdueKind,
            EvaluationId = task.EvaluationId,
            Document = task.Kind.ToString(),
            Title = $"审核任务已逾期：{task.ProjectName}",
            TitleEn = $"Review overdue: {task.ProjectName}",
            Body = $"{unit}（{department}）的{WhatZh(task.Kind)}（{task.FiscalYear} 年度）审核截止日期为 {dueText}，任务仍未完成{(task.AssigneeName is { } a ? $"（审核人：{a}）" : "（尚未领取）")}。",
            BodyEn = $"The review of the {WhatEn(task.Kind)} of {unit} ({department}) ({task.FiscalYear}) was due on {dueText} and is not done{(task.AssigneeName is { } b ? $" (reviewer: {b})" : " (not claimed)")}.",
            CreatedAt = now,
            CorrelationId = correlationId,
        })];
    }

    private static string WhatZh(ReviewTaskKind kind) => kind switch
    {
        ReviewTaskKind.Targets => "绩效目标",
        ReviewTaskKind.TargetAdjustment => "绩效目标调整申请",
        ReviewTaskKind.Recheck => "自评表复核",
        ReviewTaskKind.Rectification => "整改答复",
        _ => "自评表",
    };

    private static string WhatEn(ReviewTaskKind kind) => kind switch
    {
        ReviewTaskKind.Targets => "targets",
        ReviewTaskKind.TargetAdjustment => "target adjustment",
        ReviewTaskKind.Recheck => "re-check",
        ReviewTaskKind.Rectification => "rectification answer",
        _ => "form",
    };
}
