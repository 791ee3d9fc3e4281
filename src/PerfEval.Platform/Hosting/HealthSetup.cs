using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Health;
using PerfEval.Platform.Messaging;

namespace PerfEval.Platform.Hosting;

public static class HealthSetup
{
    /// <summary>
    /// Checks tagged "ready" decide /health/ready: PostgreSQL and the error queues here, the RabbitMQ bus from
    /// MassTransit.
    /// </summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPlatformHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks()
            .AddNpgSql(
                configuration.RequiredConnectionString(ConnectionNames.Postgres),
                name: "postgresql",
                tags: [ReadyTag],
                timeout: TimeSpan.FromSeconds(5))
            .Add(new HealthCheckRegistration(
                "error-queues",
                sp => new ErrorQueueHealthCheck(
                    RabbitMqAddress.Parse(configuration.RequiredConnectionString(ConnectionNames.RabbitMq)),
                    sp.GetRequiredService<PlatformOptions>()),
                HealthStatus.Degraded,
                [ReadyTag],
                TimeSpan.FromSeconds(5)));
        return services;
    }
}
