using System.Globalization;
using PerfEval.Domain.Directories;
using PerfEval.Domain.Notifications;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// The deadline notifications of rectification notices (docs/domain-rules.md#rectification). Their ids derive from the
/// notice, its round and the deadline, so a job that runs twice writes each once, and a return re-arms them.
/// </summary>
public static class RectificationNotifications
{
    public const string Document = "Rectification";
    public const string ReminderKind = "deadline.rectification_reminder";
    public const string OverdueKind = "deadline.rectification_overdue";

    public static Notification Reminder(RectificationNotice notice, int daysLeft, DateTimeOffset now, string correlationId)
    {
        var audience = Audiences.Unit(notice.UnitId);
        var due = Date(notice.Deadline);
        return new Notification
        {
            Id = Notification.IdFor($"rectification-reminder:{notice.Id:N}:{notice.Rounds.Count}:{due}:{daysLeft}", audience),
            Audience = audience,
            Kind = ReminderKind,
            EvaluationId = notice.Id,
            Document = Document,
            Title = $"整改期限将至：{notice.Subject}",
            TitleEn = $"Rectification due soon: {notice.Subject}",
            Body = $"整改通知（{notice.Problems.Count} 个问题）须于 {due} 前答复，距期限还有 {daysLeft} 天。",
            BodyEn = $"The rectification notice ({notice.Problems.Count} problem(s)) is to be answered by {due}; {daysLeft} day(s) left.",
            CreatedAt = now,
            CorrelationId = correlationId,
        };
    }

    /// <summary>
    /// One overdue notice to the unit, and its escalation to the department's reviewers and the managers; the unit is
    /// named as the directory writes it, else as the notice recorded it.
    /// </summary>
    public static IReadOnlyList<Notification> Overdue(
        RectificationNotice notice, DateTimeOffset now, string correlationId, OrgDirectory directory)
    {
        var due = Date(notice.Deadline);
        var unit = directory.Unit(notice.UnitId)?.Name ?? notice.UnitName;
        return [.. new[] { Audiences.Unit(notice.UnitId), Audiences.DepartmentReviewers(notice.DepartmentId), Audiences.Managers }
            .Select(audience => new Notification
            {
                Id = Notification.IdFor($"rectification-overdue:{notice.Id:N}:{notice.Rounds.Count}:{due}", audience),
                Audience = audience,
                Kind = OverdueKind,
                EvaluationId = notice.Id,
                Document = Document,
                Title = $"整改已逾期：{notice.Subject}",
                TitleEn = $"Rectification overdue: {notice.Subject}",
                Body = $"{unit} 的整改通知（{notice.FiscalYear} 年度，{notice.Problems.Count} 个问题）期限为 {due}，至今未答复（{RectificationErrors.StatusZh(notice.Status)}）。",
                BodyEn = $"{unit}'s rectification notice ({notice.FiscalYear}, {notice.Problems.Count} problem(s)) was due on {due} and is not answered ({RectificationErrors.StatusEn(notice.Status)}).",
                CreatedAt = now,
                CorrelationId = correlationId,
            })];
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
