using PerfEval.Domain.Notifications;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Notifications;

/// <summary>
/// Sends notifications through every configured channel. The one entry point for consumers and jobs; a failing
/// channel throws, so the message or job is retried, and channels are idempotent by notification id.
/// </summary>
public sealed class Notifier(IEnumerable<INotificationChannel> channels, ILogger<Notifier> logger)
{
    public async Task NotifyAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        foreach (var channel in channels)
        {
            await channel.DeliverAsync(notifications, ct);
        }

        foreach (var n in notifications)
        {
            using (SerilogContext.PushProperty("CorrelationId", n.CorrelationId))
            {
                logger.LogInformation(
                    "Notification {NotificationId} ({Kind}) for {Audience} about {EvaluationId}",
                    n.Id, n.Kind, n.Audience, n.EvaluationId);
            }
        }
    }
}
