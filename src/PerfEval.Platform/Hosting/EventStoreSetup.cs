using System.Text.Encodings.Web;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Targets;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Evidence;
using Weasel.Core;

namespace PerfEval.Platform.Hosting;

public static class EventStoreSetup
{
    /// <summary>
    /// Marten: one event stream per form with actor, correlation and causation metadata; the form's inline snapshot
    /// and the review queue; the wake-up sent after each append. The worker adds the async daemon to what this returns.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventStore(
        this IServiceCollection services, IConfiguration configuration, PlatformOptions platform)
    {
        var connectionString = EventStoreConnection.WithSessionDefaults(
            configuration.RequiredConnectionString(ConnectionNames.Postgres));

        services.AddSingleton(_ => new AppendWakeUpConnection(connectionString, platform.Schema));
        var wakeUpInterval = TimeSpan.FromMilliseconds(platform.DaemonWakeUpIntervalMilliseconds);
        services.AddSingleton(sp => new AppendNotifier(
            sp.GetRequiredService<AppendWakeUpConnection>(), wakeUpInterval / 2, sp.GetRequiredService<ILogger<AppendNotifier>>()));
        services.AddHostedService(sp => sp.GetRequiredService<AppendNotifier>());

        var marten = services.AddMarten(sp =>
            {
                var clock = sp.GetRequiredService<TimeProvider>();
                var options = StoreBasics(connectionString, platform.Schema);

                // Wakes the worker's async daemon on append instead of its one-second poll: the forwarder then
                // publishes within milliseconds of the commit (notified after the commit, not inside it).
                options.Listeners.Add(sp.GetRequiredService<AppendNotifier>());

                options.Projections.Add(new EvaluationProjection(clock), ProjectionLifecycle.Inline);
                options.Projections.Add(new ReviewTaskProjection(clock), ProjectionLifecycle.Inline);
                options.Projections.Add(new TargetProjection(clock), ProjectionLifecycle.Inline);
                options.Projections.Add(new RectificationProjection(clock), ProjectionLifecycle.Inline);

                ReadModelIndexes.Configure(options);
                EvidenceFiles.Configure(options);
                options.Schema.For<Notification>()
                    .Index(x => x.Audience)
                    .Index(x => x.CreatedAt);
                options.Schema.For<NotificationRead>().Index(x => x.UserId);
                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();

        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PlatformOptions>>().Value);
        services.AddSingleton<EvaluationCommands>();
        services.AddSingleton<EvidenceFiles>();
        return marten;
    }

    /// <summary>
    /// The store's connection (with EventStoreConnection's session defaults), schema, serializer and event metadata, and every event type of a form's stream, of a
    /// target declaration's and of a rectification notice's by its name (so stored events read back whatever namespace their type has moved to). The platform's store and the
    /// platform benchmark's start from these.
    /// </summary>
    public static StoreOptions StoreBasics(string connectionString, string schema)
    {
        var options = new StoreOptions();
        options.Connection(EventStoreConnection.WithSessionDefaults(connectionString));
        options.DatabaseSchemaName = schema;
        options.Events.DatabaseSchemaName = schema;
        // Chinese text as UTF-8, not \uXXXX escapes: System.Text.Json's default encoder escapes every character outside
        // ASCII (and quotes inside strings), six bytes for a character of three, which the writer escapes and
        // PostgreSQL decodes again (an approved form's snapshot: 11.1 KB escaped, 8.6 KB not). jsonb stores the same
        // value either way; nothing written here is embedded in HTML.
        options.UseSystemTextJsonForSerialization(
            EnumStorage.AsString, Casing.CamelCase, json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        options.AutoCreateSchemaObjects = JasperFx.AutoCreate.CreateOrUpdate;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.AddEventTypes(IFormEvent.Types);
        options.Events.AddEventTypes(ITargetEvent.Types);
        options.Events.AddEventTypes(IRectificationEvent.Types);
        return options;
    }
}
