namespace PerfEval.Worker.Notifications;

/// <summary>Where notifications go besides the in-app list, bound from the "Notifications" section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public WebhookOptions Webhook { get; set; } = new();

    public sealed class WebhookOptions
    {
        public string? Url { get; set; }
        public int TimeoutSeconds { get; set; } = 10;
    }
}
