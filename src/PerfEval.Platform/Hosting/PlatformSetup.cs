using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Directories;
using PerfEval.Platform.Verification;

namespace PerfEval.Platform.Hosting;

public static class PlatformSetup
{
    /// <summary>
    /// Everything the API and the worker share: clock, scoring profile, logging, event store, bus, job storage,
    /// health checks, management's read side. A process that runs the background side passes it here.
    /// </summary>
    public static PlatformOptions AddPerfEvalPlatform(
        this IServiceCollection services, IConfiguration configuration, string application, IBackgroundSide? background = null)
    {
        var platform = configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        services.Configure<PlatformOptions>(configuration.GetSection(PlatformOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ScoringProfile.ByName(configuration["Scoring:Profile"] ?? "default")
            ?? throw new InvalidOperationException(
                $"Unknown scoring profile '{configuration["Scoring:Profile"]}'. Known: " +
                string.Join(", ", ScoringProfile.Named.Select(p => p.Name))));
        services.AddSingleton(configuration.GetSection(CrossCheckSettings.Section).Get<CrossCheckSettings>() ?? CrossCheckSettings.Default);
        services.AddSingleton(configuration.GetSection(RectificationSettings.Section).Get<RectificationSettings>() ?? RectificationSettings.Default);
        services.AddSingleton(configuration.GetSection(BudgetAdviceSettings.Section).Get<BudgetAdviceSettings>() ?? BudgetAdviceSettings.Default);
        services.AddPlatformLogging(application);
        var marten = services.AddEventStore(configuration, platform);
        services.AddMessaging(configuration, platform, background);
        services.AddJobStorage(configuration, platform);
        services.AddPlatformHealth(configuration);
        services.AddManagement();
        services.AddVerification(configuration);
        services.AddDirectory(configuration.GetValue<bool?>("Directory:SeedDemo") ?? configuration.GetValue<bool>("Auth:DevTokens"));
        background?.AddServices(services, platform, marten);
        return platform;
    }
}
