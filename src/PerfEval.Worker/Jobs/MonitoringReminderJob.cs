using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Targets;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Notifications;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily: for each fiscal year with a monitoring round whose reminder day has come, reminds every unit that has
/// approved targets of that year without a monitoring report up to the cut-off month. Idempotent: a unit gets one
/// notification per year and offset however often this runs.
/// </summary>
public sealed class MonitoringReminderJob(
    IDocumentStore store, FiscalCalendars calendars, Notifier notifier, TimeProvider clock, ILogger<MonitoringReminderJob> logger)
{
    public const string RecurringId = "monitoring-reminders";

    public async Task<JobRun> RunAsync(CancellationToken ct)
    {
        var correlationId = JobCorrelation.NewId("monitoring-reminders");
        using var _ = SerilogContext.PushProperty("CorrelationId", correlationId);
        var now = clock.GetUtcNow();
        var sent = 0;
        var today = LocalDates.In(FiscalCalendar.DefaultTimeZone, now);
        foreach (var calendar in await calendars.AllAsync(ct))
        {
            today = calendar.LocalDate(now);
            if (calendar.MonitoringReminderOffsetOn(today) is not { } offset)
            {
                continue;
            }

            var pending = await UnreportedByUnitAsync(calendar.FiscalYear, calendar.MonitoringCutOffMonth!.Value, ct);
            var notifications = pending
                .Select(p => DeadlineNotifications.MonitoringReminder(calendar, p.Key, offset, p.Value, now, correlationId))
                .ToList();
            await notifier.NotifyAsync(notifications, ct);
            sent += notifications.Count;
            logger.LogInformation(
                "Monitoring reminder run {CorrelationId}: fiscal year {FiscalYear}, {Offset} days before {Due}, {Units} unit(s)",
                correlationId, calendar.FiscalYear, offset, calendar.MonitoringDue, notifications.Count);
        }

        return new JobRun(correlationId, today, sent);
    }

    /// <summary>The projects of each unit with approved targets and no report up to the cut-off month, by name.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> UnreportedByUnitAsync(
        int fiscalYear, int cutOffMonth, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var approved = await session.Query<TargetDeclaration>()
            .Where(t => t.FiscalYear == fiscalYear && t.Status == TargetStatus.Approved)
            .ToListAsync(ct);
        return approved
            .Where(t => !t.Monitoring.Any(m => m.Report.CutOffMonth >= cutOffMonth))
            .GroupBy(t => t.UnitId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.ProjectName).Order(StringComparer.Ordinal)]);
    }
}
