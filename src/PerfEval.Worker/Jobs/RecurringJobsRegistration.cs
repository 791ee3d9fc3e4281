using Hangfire;
using PerfEval.Domain.Calendar;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Reports;

namespace PerfEval.Worker.Jobs;

/// <summary>Registers (or updates) the recurring jobs in Hangfire's storage when a job server starts.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs, JobOptions options) : IHostedService
{
    /// <summary>
    /// Recurring jobs of earlier versions, whose classes are gone: removed from the storage, where they would otherwise
    /// fail at each run. "yearly-facts-clustering" clustered the yearly facts by department each night, for reads that
    /// now come from the running tallies.
    /// </summary>
    public static IReadOnlyList<string> Retired { get; } = ["yearly-facts-clustering"];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var schedule = new RecurringJobOptions
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(FiscalCalendar.DefaultTimeZone),
        };
        jobs.AddOrUpdate<SelfEvaluationReminderJob>(
            SelfEvaluationReminderJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.RemindersCron, schedule);
        jobs.AddOrUpdate<MonitoringReminderJob>(
            MonitoringReminderJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.RemindersCron, schedule);
        jobs.AddOrUpdate<OverdueReviewEscalationJob>(
            OverdueReviewEscalationJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.EscalationCron, schedule);
        jobs.AddOrUpdate<RectificationDeadlineJob>(
            RectificationDeadlineJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.EscalationCron, schedule);
        jobs.AddOrUpdate<YearReportJob>(
            YearReportJob.RecurringId, j => j.BuildPreviousYearAsync(CancellationToken.None), options.YearReportCron, schedule);
        jobs.AddOrUpdate<IdempotencyRecordsPurgeJob>(
            IdempotencyRecordsPurgeJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.IdempotencyPurgeCron, schedule);
        jobs.AddOrUpdate<CrossCheckJob>(
            CrossCheckJob.RecurringId, j => j.RunOpenYearsAsync(CancellationToken.None), options.CrossChecksCron, schedule);
        foreach (var id in Retired)
        {
            jobs.RemoveIfExists(id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
