using PerfEval.Domain.Notifications;

namespace PerfEval.Worker.Notifications;

/// <summary>A way notifications reach people. The in-app store is always on; others are added by configuration.</summary>
public interface INotificationChannel
{
    string Name { get; }

    /// <summary>Delivers the notifications. Must tolerate the same notification twice (same id).</summary>
    Task DeliverAsync(IReadOnlyList<Notification> notifications, CancellationToken ct);
}
