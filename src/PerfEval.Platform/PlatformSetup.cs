using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Health;
using PerfEval.Platform.Management;
using PerfEval.Platform.Messaging;
using PerfEval.Platform.Notifications;
using PerfEval.Platform.Observability;

namespace PerfEval.Platform;

public static class PlatformSetup
{
    /// <summary>Everything the API and the worker share: clock, logging, event store, bus, health checks.</summary>
    public static PlatformOptions AddPerfEvalPlatform(
        this IServiceCollection services, IConfiguration configuration, string application)
    {
        var platform = configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        services.Configure<PlatformOptions>(configuration.GetSection(PlatformOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ScoringProfile.ByName(configuration["Scoring:Profile"] ?? "default")
            ?? throw new InvalidOperationException(
                $"Unknown scoring profile '{configuration["Scoring:Profile"]}'. Known: " +
                string.Join(", ", ScoringProfile.Named.Select(p => p.Name))));
        services.AddPlatformLogging(application);
        services.AddEventStore(configuration, platform);
        services.AddMessaging(configuration, platform);
        services.AddNotifications(configuration);
        services.AddPlatformHealth(configuration);
        services.AddManagement(configuration, platform);
        return platform;
    }
}
