using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Directories;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Notifications;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily: review tasks not done after their due date (the task's own, else the year's review due date) are
/// escalated to the department's reviewers and the managers. Idempotent: once per task and audience.
/// </summary>
public sealed class OverdueReviewEscalationJob(
    IDocumentStore store, FiscalCalendars calendars, DirectoryStore directory, Notifier notifier, TimeProvider clock,
    ILogger<OverdueReviewEscalationJob> logger)
{
    public const string RecurringId = "overdue-review-escalation";

    public async Task<JobRun> RunAsync(CancellationToken ct)
    {
        var correlationId = JobCorrelation.NewId("escalation");
        using var _ = SerilogContext.PushProperty("CorrelationId", correlationId);
        var now = clock.GetUtcNow();
        var byYear = (await calendars.AllAsync(ct)).ToDictionary(c => c.FiscalYear);
        await using var session = store.QuerySession();
        var pending = await session.Query<ReviewTask>().Where(t => t.Status != ReviewTaskStatus.Done).ToListAsync(ct);

        var names = (await directory.ReadAsync(ct)).Directory;
        var notifications = new List<Domain.Notifications.Notification>();
        foreach (var task in pending)
        {
            byYear.TryGetValue(task.FiscalYear, out var calendar);
            var today = LocalDates.In(calendar?.TimeZone ?? FiscalCalendar.DefaultTimeZone, now);
            if (ReviewDeadline.MissedDueDate(task.DueDate, calendar?.ReviewDue, today) is { } d)
            {
                notifications.AddRange(DeadlineNotifications.Overdue(task, d, now, correlationId, names));
                logger.LogInformation(
                    "Escalation run {CorrelationId}: task {TaskId} of evaluation {EvaluationId} was due {Due}",
                    correlationId, task.Id, task.EvaluationId, d);
            }
        }

        await notifier.NotifyAsync(notifications, ct);
        return new JobRun(correlationId, LocalDates.In(FiscalCalendar.DefaultTimeZone, now), notifications.Count);
    }
}
