using PerfEval.Domain.Calendar;
using PerfEval.Domain.Notifications;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Notifications;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// A daily reminder run over the fiscal years (docs/domain-rules.md#deadlines): for each year whose reminder day has
/// come by its own deadline, the reminders of that offset, written through the notifier (whose deterministic ids keep
/// a second run of the day from writing them twice). The self-evaluation and monitoring reminders differ only in
/// their deadline and whom they remind.
/// </summary>
public sealed class DailyReminders(FiscalCalendars calendars, Notifier notifier, TimeProvider clock, ILogger<DailyReminders> logger)
{
    /// <param name="what">What is reminded of, for the correlation id and the log.</param>
    /// <param name="offsetOn">The offset whose reminder is due on a day of the calendar, or null.</param>
    /// <param name="remindersFor">The reminders of a year and offset.</param>
    public async Task<JobRun> RunAsync(
        string what,
        Func<FiscalCalendar, DateOnly, int?> offsetOn,
        Func<FiscalCalendar, int, DateTimeOffset, string, CancellationToken, Task<IReadOnlyList<Notification>>> remindersFor,
        CancellationToken ct)
    {
        var correlationId = JobCorrelation.NewId(what);
        using var _ = SerilogContext.PushProperty("CorrelationId", correlationId);
        var now = clock.GetUtcNow();
        var sent = 0;
        var today = LocalDates.In(FiscalCalendar.DefaultTimeZone, now);
        foreach (var calendar in await calendars.AllAsync(ct))
        {
            today = calendar.LocalDate(now);
            if (offsetOn(calendar, today) is not { } offset)
            {
                continue;
            }

            var notifications = await remindersFor(calendar, offset, now, correlationId, ct);
            await notifier.NotifyAsync(notifications, ct);
            sent += notifications.Count;
            logger.LogInformation(
                "Reminder run {CorrelationId} ({What}): fiscal year {FiscalYear}, {Offset} days before the due date, {Units} unit(s)",
                correlationId, what, calendar.FiscalYear, offset, notifications.Count);
        }

        return new JobRun(correlationId, today, sent);
    }
}
