using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Notifications;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily: for each fiscal year whose reminder day has come, reminds every unit that still has forms of that year in
/// Draft or RevisionRequested. Idempotent: a unit gets one notification per year and offset however often this runs.
/// </summary>
public sealed class SelfEvaluationReminderJob(IDocumentStore store, DailyReminders reminders)
{
    public const string RecurringId = "self-evaluation-reminders";

    public Task<JobRun> RunAsync(CancellationToken ct) => reminders.RunAsync(
        "reminders", (calendar, today) => calendar.ReminderOffsetOn(today), RemindersAsync, ct);

    private async Task<IReadOnlyList<Notification>> RemindersAsync(
        FiscalCalendar calendar, int offset, DateTimeOffset now, string correlationId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var units = await session.Query<Evaluation>()
            .Where(e => e.FiscalYear == calendar.FiscalYear
                        && (e.Status == EvaluationStatus.Draft || e.Status == EvaluationStatus.RevisionRequested))
            .Select(e => e.UnitId)
            .ToListAsync(ct);
        return [.. units.GroupBy(u => u)
            .Select(g => DeadlineNotifications.Reminder(calendar, g.Key, offset, g.Count(), now, correlationId))];
    }
}
