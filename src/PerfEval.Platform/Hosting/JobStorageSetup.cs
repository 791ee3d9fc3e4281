using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Jobs;

namespace PerfEval.Platform.Hosting;

public static class JobStorageSetup
{
    /// <summary>The schema of Hangfire's tables: beside the event store's, so each environment (and test host) has its own.</summary>
    public static string SchemaFor(PlatformOptions platform) => platform.Schema + "_hangfire";

    /// <summary>
    /// Hangfire on PostgreSQL: every process gets the storage, to enqueue jobs and serve the dashboard. The job server
    /// and the recurring schedule are the background side's.
    /// </summary>
    public static IServiceCollection AddJobStorage(
        this IServiceCollection services, IConfiguration configuration, PlatformOptions platform)
    {
        var options = configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        var connectionString = configuration.RequiredConnectionString(ConnectionNames.Postgres);
        services.AddSingleton(options);

        // Our own storage instance rather than Hangfire's static JobStorage.Current: two hosts in one process (tests)
        // must not share it.
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = SchemaFor(platform),
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(options.QueuePollIntervalMilliseconds),
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(30),
        };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(connectionString, storageOptions, null), storageOptions));
        // Jobs are created from this host's services. Left to Hangfire's defaults, whose activator goes through the
        // process-wide JobActivator.Current that every host starting in the process sets, a host among several
        // started side by side (the integration tests) ran its jobs through another host's container; once that host
        // was disposed they failed ("Cannot access a disposed object. Object name: 'IServiceProvider'", in
        // AspNetCoreJobActivator.BeginScope) and a requested report stayed queued. So the activator is this host's,
        // registered before AddHangfire's fallback; Hangfire's job performer and server take it from the container.
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((_, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        return services;
    }
}
