using Hangfire;
using JasperFx.Events.Daemon;
using Marten;
using MassTransit;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.CrossChecks;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Hosting;
using PerfEval.Platform.Jobs;
using PerfEval.Worker.Forwarding;
using PerfEval.Worker.Jobs;
using PerfEval.Worker.Notifications;
using PerfEval.Worker.Reports;
using PerfEval.Worker.Submissions;

namespace PerfEval.Worker;

/// <summary>
/// The worker's part of a process: the async daemon with the event forwarder (the only publisher to RabbitMQ), the
/// consumers that score submissions and notify, and the job server with its recurring jobs.
/// </summary>
public sealed class WorkerSide(IConfiguration configuration) : IBackgroundSide
{
    public void AddConsumers(IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SubmissionIntakeConsumer, SubmissionIntakeConsumerDefinition>();
        bus.AddConsumer<ReviewNotificationConsumer, ReviewNotificationConsumerDefinition>();
    }

    public void AddServices(
        IServiceCollection services, PlatformOptions platform, MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
    {
        AddForwarding(services, marten, platform);
        AddNotifications(services);
        AddJobServer(services);
    }

    /// <summary>The async daemon, woken by the API's append notifications, and the forwarder it runs.</summary>
    private static void AddForwarding(
        IServiceCollection services, MartenServiceCollectionExtensions.MartenConfigurationExpression marten, PlatformOptions platform)
    {
        services.AddSingleton<ForwarderActivity>();
        // A singleton so that the container stops its listening loop with the host.
        services.AddSingleton(sp => new DaemonWakeUp(
            sp.GetRequiredService<AppendWakeUpConnection>(),
            TimeSpan.FromMilliseconds(platform.DaemonWakeUpIntervalMilliseconds),
            sp.GetRequiredService<ForwarderActivity>(),
            sp.GetRequiredService<ILogger<DaemonWakeUp>>()));
        services.ConfigureMarten((sp, options) => options.Projections.Wakeup = sp.GetRequiredService<DaemonWakeUp>());

        var mode = Enum.Parse<DaemonMode>(platform.DaemonMode, ignoreCase: true);
        marten.AddAsyncDaemon(mode)
            .AddSubscriptionWithServices<EventForwarder>(ServiceLifetime.Singleton, o => o.Options.BatchSize = 500);
    }

    private void AddNotifications(IServiceCollection services)
    {
        var options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new();
        services.AddSingleton(options);
        services.AddSingleton<INotificationChannel, InAppChannel>();
        if (!string.IsNullOrWhiteSpace(options.Webhook.Url))
        {
            services.AddHttpClient<WebhookChannel>(c => c.Timeout = TimeSpan.FromSeconds(options.Webhook.TimeoutSeconds));
            services.AddSingleton<INotificationChannel>(sp => sp.GetRequiredService<WebhookChannel>());
        }

        services.AddSingleton<Notifier>();
    }

    private static void AddJobServer(IServiceCollection services)
    {
        services.AddTransient<DailyReminders>();
        services.AddTransient<SelfEvaluationReminderJob>();
        services.AddTransient<MonitoringReminderJob>();
        services.AddTransient<OverdueReviewEscalationJob>();
        services.AddTransient<RectificationDeadlineJob>();
        services.AddTransient<IdempotencyRecordsPurgeJob>();
        services.AddTransient<YearReportJob>();
        services.AddTransient<IYearReportJob>(sp => sp.GetRequiredService<YearReportJob>());
        services.AddTransient<IProjectionRebuildJob, ProjectionRebuildJob>();
        services.AddTransient<CrossCheckRunner>();
        services.AddTransient<CrossCheckJob>();
        services.AddTransient<ICrossCheckJob>(sp => sp.GetRequiredService<CrossCheckJob>());
        services.AddSingleton<YearReportBuilder>();
        services.AddHangfireServer((sp, server) =>
        {
            server.WorkerCount = sp.GetRequiredService<JobOptions>().WorkerCount;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(15);
        });
        services.AddHostedService<RecurringJobsRegistration>();
    }
}
