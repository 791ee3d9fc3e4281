using MassTransit;
using PerfEval.Contracts.V1;
using PerfEval.Platform.Directories;
using PerfEval.Worker.Consumers;

namespace PerfEval.Worker.Notifications;

/// <summary>
/// Tells the department's reviewers when a task opens, and the unit how its review ended and what became of its
/// rectification notices (issued, accepted, returned). Messages come in batches
/// (<see cref="ReviewNotificationConsumerDefinition"/>): a batch's notifications are delivered together, one write
/// for the in-app channel instead of one per message. Notification ids derive from the event id, so a redelivered
/// message writes nothing new. Reviewers' notifications name the unit and department from the directory.
/// </summary>
public sealed class ReviewNotificationConsumer(Notifier notifier, DirectoryStore directory, TimeProvider clock)
    : IConsumer<Batch<ReviewTaskOpenedV1>>, IConsumer<Batch<ReviewOutcomeV1>>, IConsumer<Batch<RectificationNoticeV1>>
{
    public Task Consume(ConsumeContext<Batch<RectificationNoticeV1>> context)
    {
        var at = clock.GetUtcNow();
        return notifier.NotifyAsync(
            context.Message.Select(m => ReviewNotifications.Rectification(m.Message, at)).ToList(), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Batch<ReviewTaskOpenedV1>> context)
    {
        var at = clock.GetUtcNow();
        var names = (await directory.ReadAsync(context.CancellationToken)).Directory;
        await notifier.NotifyAsync(
            context.Message.Select(m => ReviewNotifications.TaskOpened(m.Message, at, names)).ToList(), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<Batch<ReviewOutcomeV1>> context)
    {
        var at = clock.GetUtcNow();
        return notifier.NotifyAsync(
            context.Message.Select(m => ReviewNotifications.Outcome(m.Message, at)).ToList(), context.CancellationToken);
    }
}

/// <summary>
/// Batches of up to 50 messages of one kind, or what arrived within 20 ms of the first, two at a time. A notification
/// is on no one's critical path, so the wait may be longer than the intake's.
/// </summary>
public sealed class ReviewNotificationConsumerDefinition()
    : BatchConsumerDefinition<ReviewNotificationConsumer>(50, TimeSpan.FromMilliseconds(20), 2);
