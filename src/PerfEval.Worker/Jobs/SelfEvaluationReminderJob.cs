using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Notifications;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily: for each fiscal year whose reminder day has come, reminds every unit that still has forms of that year in
/// Draft or RevisionRequested. Idempotent: a unit gets one notification per year and offset however often this runs.
/// </summary>
public sealed class SelfEvaluationReminderJob(
    IDocumentStore store, FiscalCalendars calendars, Notifier notifier, TimeProvider clock, ILogger<SelfEvaluationReminderJob> logger)
{
    public const string RecurringId = "self-evaluation-reminders";

    public async Task<JobRun> RunAsync(CancellationToken ct)
    {
        var correlationId = JobCorrelation.NewId("reminders");
        using var _ = SerilogContext.PushProperty("CorrelationId", correlationId);
        var now = clock.GetUtcNow();
        var sent = 0;
        var today = LocalDates.In(FiscalCalendar.DefaultTimeZone, now);
        foreach (var calendar in await calendars.AllAsync(ct))
        {
            today = calendar.LocalDate(now);
            if (calendar.ReminderOffsetOn(today) is not { } offset)
            {
                continue;
            }

            var pending = await PendingFormsByUnitAsync(calendar.FiscalYear, ct);
            var notifications = pending
                .Select(p => DeadlineNotifications.Reminder(calendar, p.Key, offset, p.Value, now, correlationId))
                .ToList();
            await notifier.NotifyAsync(notifications, ct);
            sent += notifications.Count;
            logger.LogInformation(
                "Reminder run {CorrelationId}: fiscal year {FiscalYear}, {Offset} days before {Due}, {Units} unit(s)",
                correlationId, calendar.FiscalYear, offset, calendar.SelfEvaluationDue, notifications.Count);
        }

        return new JobRun(correlationId, today, sent);
    }

    private async Task<IReadOnlyDictionary<string, int>> PendingFormsByUnitAsync(int fiscalYear, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var units = await session.Query<Evaluation>()
            .Where(e => e.FiscalYear == fiscalYear
                        && (e.Status == EvaluationStatus.Draft || e.Status == EvaluationStatus.RevisionRequested))
            .Select(e => e.UnitId)
            .ToListAsync(ct);
        return units.GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
    }
}
