using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Rectification;
using PerfEval.Platform.Directories;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Notifications;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily (RECT-DEADLINE): every notice waiting for its unit is reminded on the settings' days before its deadline, and
/// once overdue is notified to the unit and escalated to the department's reviewers and the managers. Idempotent: the
/// notifications' ids derive from the notice, its round, its deadline and the day's offset. The answers' review tasks
/// are escalated with every other task by <see cref="OverdueReviewEscalationJob"/>.
/// </summary>
public sealed class RectificationDeadlineJob(
    IDocumentStore store, DirectoryStore directory, RectificationSettings settings, Notifier notifier, TimeProvider clock,
    ILogger<RectificationDeadlineJob> logger)
{
    public const string RecurringId = "rectification-deadlines";

    public async Task<JobRun> RunAsync(CancellationToken ct)
    {
        var correlationId = JobCorrelation.NewId("rectification");
        using var _ = SerilogContext.PushProperty("CorrelationId", correlationId);
        var now = clock.GetUtcNow();
        var today = LocalDates.In(FiscalCalendar.DefaultTimeZone, now);
        await using var session = store.QuerySession();
        var waiting = await session.Query<RectificationNotice>()
            .Where(n => n.Status == RectificationStatus.Issued || n.Status == RectificationStatus.Returned)
            .ToListAsync(ct);

        var names = (await directory.ReadAsync(ct)).Directory;
        var notifications = new List<Notification>();
        foreach (var notice in waiting)
        {
            if (RectificationDeadline.IsOverdue(notice, today))
            {
                notifications.AddRange(RectificationNotifications.Overdue(notice, now, correlationId, names));
                logger.LogInformation(
                    "Rectification run {CorrelationId}: notice {RectificationId} of unit {UnitId} was due {Due}",
                    correlationId, notice.Id, notice.UnitId, notice.Deadline);
            }
            else if (RectificationDeadline.ReminderOffset(notice, today, settings.ReminderDaysBefore) is { } days)
            {
                notifications.Add(RectificationNotifications.Reminder(notice, days, now, correlationId));
            }
        }

        await notifier.NotifyAsync(notifications, ct);
        return new JobRun(correlationId, today, notifications.Count);
    }
}
