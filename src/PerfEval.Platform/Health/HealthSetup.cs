using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Platform.Configuration;

namespace PerfEval.Platform.Health;

public static class HealthSetup
{
    /// <summary>Checks tagged "ready" decide /health/ready: PostgreSQL here, the RabbitMQ bus from MassTransit.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPlatformHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHealthChecks()
            .AddNpgSql(
                configuration.RequiredConnectionString(ConnectionNames.Postgres),
                name: "postgresql",
                tags: [ReadyTag],
                timeout: TimeSpan.FromSeconds(5));
        return services;
    }
}
