using Marten;
using PerfEval.Domain.Notifications;

namespace PerfEval.Worker.Notifications;

/// <summary>Stores notifications as documents, read through GET /api/notifications. Upserts by id: idempotent.</summary>
public sealed class InAppChannel(IDocumentStore store) : INotificationChannel
{
    public string Name => "in-app";

    public async Task DeliverAsync(IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        await using var session = store.LightweightSession();
        var existing = (await session.LoadManyAsync<Notification>(ct, notifications.Select(n => n.Id)))
            .Select(n => n.Id)
            .ToHashSet();
        var fresh = notifications.Where(n => !existing.Contains(n.Id)).DistinctBy(n => n.Id).ToArray();
        if (fresh.Length == 0)
        {
            return;
        }

        session.Store(fresh);
        await session.SaveChangesAsync(ct);
    }
}
