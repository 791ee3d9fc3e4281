using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PerfEval.Platform.Notifications;

public static class NotificationSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
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
        return services;
    }
}
