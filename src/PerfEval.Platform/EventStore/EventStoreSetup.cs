using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Review;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Messaging;
using PerfEval.Platform.Review;
using Weasel.Core;

namespace PerfEval.Platform.EventStore;

public static class EventStoreSetup
{
    /// <summary>
    /// Marten: one event stream per form with actor, correlation and causation metadata; the form's inline snapshot
    /// and the review queue; and, in a process that runs the worker side, the async daemon with the bus forwarder.
    /// </summary>
    public static IServiceCollection AddEventStore(
        this IServiceCollection services, IConfiguration configuration, PlatformOptions platform)
    {
        var connectionString = EventStoreConnection.WithSessionDefaults(
            configuration.RequiredConnectionString(ConnectionNames.Postgres));

        services.AddSingleton(_ => new AppendWakeUpConnection(connectionString, platform.Schema));
        var wakeUpInterval = TimeSpan.FromMilliseconds(platform.DaemonWakeUpIntervalMilliseconds);
        services.AddSingleton(sp => new AppendNotifier(
            sp.GetRequiredService<AppendWakeUpConnection>(), wakeUpInterval / 2, sp.GetRequiredService<ILogger<AppendNotifier>>()));
        services.AddHostedService(sp => sp.GetRequiredService<AppendNotifier>());
        services.AddSingleton<ForwarderActivity>();
        // A singleton so that the container stops its listening loop with the host.
        services.AddSingleton(sp => new DaemonWakeUp(
            sp.GetRequiredService<AppendWakeUpConnection>(),
            wakeUpInterval,
            sp.GetRequiredService<ForwarderActivity>(),
            sp.GetRequiredService<ILogger<DaemonWakeUp>>()));

        var marten = services.AddMarten(sp =>
            {
                var clock = sp.GetRequiredService<TimeProvider>();
                var options = new StoreOptions();
                options.Connection(connectionString);
                options.DatabaseSchemaName = platform.Schema;
                options.Events.DatabaseSchemaName = platform.Schema;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
                options.AutoCreateSchemaObjects = JasperFx.AutoCreate.CreateOrUpdate;

                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;

                // Wakes the async daemon on append instead of its one-second poll: the forwarder then publishes
                // within milliseconds of the commit (AppendWakeUp: notified after the commit, not inside it).
                options.Listeners.Add(sp.GetRequiredService<AppendNotifier>());
                options.Projections.Wakeup = sp.GetRequiredService<DaemonWakeUp>();

                options.Projections.Add(new EvaluationProjection(clock), ProjectionLifecycle.Inline);
                options.Projections.Add(new ReviewTaskProjection(clock), ProjectionLifecycle.Inline);

                ReadModelIndexes.Configure(options);
                options.Schema.For<Notification>()
                    .Index(x => x.Audience)
                    .Index(x => x.CreatedAt);
                options.Schema.For<NotificationRead>().Index(x => x.UserId);
                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();

        if (platform.RunWorker)
        {
            var mode = Enum.Parse<DaemonMode>(platform.DaemonMode, ignoreCase: true);
            marten.AddAsyncDaemon(mode)
                .AddSubscriptionWithServices<EventForwarder>(ServiceLifetime.Singleton, o =>
                {
                    o.Options.BatchSize = 500;
                });
        }

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PlatformOptions>>().Value);
        services.AddSingleton<EvaluationCommands>();
        return services;
    }
}
