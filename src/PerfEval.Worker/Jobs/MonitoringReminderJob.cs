using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Targets;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily: for each fiscal year with a monitoring round whose reminder day has come, reminds every unit that has
/// approved targets of that year without a monitoring report up to the cut-off month, naming the projects.
/// Idempotent: a unit gets one notification per year and offset however often this runs.
/// </summary>
public sealed class MonitoringReminderJob(IDocumentStore store, DailyReminders reminders)
{
    public const string RecurringId = "monitoring-reminders";

    public Task<JobRun> RunAsync(CancellationToken ct) => reminders.RunAsync(
        "monitoring-reminders", (calendar, today) => calendar.MonitoringReminderOffsetOn(today), RemindersAsync, ct);

    private async Task<IReadOnlyList<Notification>> RemindersAsync(
        FiscalCalendar calendar, int offset, DateTimeOffset now, string correlationId, CancellationToken ct)
    {
        var cutOffMonth = calendar.MonitoringCutOffMonth!.Value;
        await using var session = store.QuerySession();
        var approved = await session.Query<TargetDeclaration>()
            .Where(t => t.FiscalYear == calendar.FiscalYear && t.Status == TargetStatus.Approved)
            .ToListAsync(ct);
        return [.. approved
            .Where(t => !t.Monitoring.Any(m => m.Report.CutOffMonth >= cutOffMonth))
            .GroupBy(t => t.UnitId)
            .Select(g => DeadlineNotifications.MonitoringReminder(
                calendar, g.Key, offset, [.. g.Select(t => t.ProjectName).Order(StringComparer.Ordinal)], now, correlationId))];
    }
}
