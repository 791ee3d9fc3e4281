namespace PerfEval.Platform.Jobs;

/// <summary>Settings of the scheduled jobs, bound from the "Jobs" section. Cron expressions are in Asia/Shanghai time.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Daily reminders to units with forms not submitted (08:00).</summary>
    public string RemindersCron { get; set; } = "0 8 * * *";

    /// <summary>Daily escalation of overdue review tasks (08:30).</summary>
    public string EscalationCron { get; set; } = "30 8 * * *";

    /// <summary>The previous year's aggregate report (5 January, 06:00).</summary>
    public string YearReportCron { get; set; } = "0 6 5 1 *";

    /// <summary>Daily forgetting of old Idempotency-Key answers (03:15).</summary>
    public string IdempotencyPurgeCron { get; set; } = "15 3 * * *";

    /// <summary>Nightly checks across forms and years of every open fiscal year (02:30).</summary>
    public string CrossChecksCron { get; set; } = "30 2 * * *";

    /// <summary>Hours an Idempotency-Key's answer is kept for repeats of the request (one day).</summary>
    public int IdempotencyRetentionHours { get; set; } = 24;

    /// <summary>
    /// How often a job server polls the queue when it is not woken by a notification. Hangfire.PostgreSql polls every
    /// 15 s by default, which makes an on-demand report wait that long.
    /// </summary>
    public int QueuePollIntervalMilliseconds { get; set; } = 2000;

    /// <summary>Workers of this process's job server.</summary>
    public int WorkerCount { get; set; } = 4;
}
