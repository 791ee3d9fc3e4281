using Hangfire;
using Microsoft.Extensions.Hosting;
using PerfEval.Domain.Calendar;
using PerfEval.Platform.Reports;

namespace PerfEval.Platform.Jobs;

/// <summary>Registers (or updates) the recurring jobs in Hangfire's storage when a job server starts.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs, JobOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var schedule = new RecurringJobOptions
        {
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(FiscalCalendar.DefaultTimeZone),
        };
        jobs.AddOrUpdate<SelfEvaluationReminderJob>(
            SelfEvaluationReminderJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.RemindersCron, schedule);
        jobs.AddOrUpdate<OverdueReviewEscalationJob>(
            OverdueReviewEscalationJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.EscalationCron, schedule);
        jobs.AddOrUpdate<YearReportJob>(
            YearReportJob.RecurringId, j => j.BuildPreviousYearAsync(CancellationToken.None), options.YearReportCron, schedule);
        jobs.AddOrUpdate<YearlyFactsClusteringJob>(
            YearlyFactsClusteringJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.YearlyFactsClusteringCron, schedule);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
