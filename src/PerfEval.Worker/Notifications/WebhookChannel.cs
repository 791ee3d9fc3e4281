using System.Net.Http.Json;
using PerfEval.Domain.Notifications;

namespace PerfEval.Worker.Notifications;

/// <summary>
/// Posts notifications as JSON to a configured URL (Notifications:Webhook:Url), e.g. a mail or messaging gateway.
/// The receiver deduplicates by the notification's id.
/// </summary>
public sealed class WebhookChannel(HttpClient http, NotificationOptions options, ILogger<WebhookChannel> logger)
    : INotificationChannel
{
    public string Name => "webhook";

    public async Task DeliverAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        using var response = await http.PostAsJsonAsync(options.Webhook.Url, notifications, ct);
        response.EnsureSuccessStatusCode();
        logger.LogInformation("Posted {Count} notifications to the webhook", notifications.Count);
    }
}
