using MassTransit;
using PerfEval.Contracts.V1;

namespace PerfEval.Platform.Notifications;

/// <summary>
/// Tells the department's reviewers when a task opens, and the unit how its review ended. Messages come in batches
/// (<see cref="ReviewNotificationConsumerDefinition"/>): a batch's notifications are delivered together, one write
/// for the in-app channel instead of one per message. Notification ids derive from the event id, so a redelivered
/// message writes nothing new.
/// </summary>
public sealed class ReviewNotificationConsumer(Notifier notifier, TimeProvider clock)
    : IConsumer<Batch<ReviewTaskOpenedV1>>, IConsumer<Batch<ReviewOutcomeV1>>
{
    public Task Consume(ConsumeContext<Batch<ReviewTaskOpenedV1>> context)
    {
        var at = clock.GetUtcNow();
        return notifier.NotifyAsync(
            context.Message.Select(m => ReviewNotifications.TaskOpened(m.Message, at)).ToList(), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<Batch<ReviewOutcomeV1>> context)
    {
        var at = clock.GetUtcNow();
        return notifier.NotifyAsync(
            context.Message.Select(m => ReviewNotifications.Outcome(m.Message, at)).ToList(), context.CancellationToken);
    }
}

/// <summary>
/// Batches of up to <see cref="MessageLimit"/> messages of one kind, or what arrived within <see cref="TimeLimit"/> of
/// the first. A notification is not on anyone's critical path, so the wait may be longer than the intake's.
/// </summary>
public sealed class ReviewNotificationConsumerDefinition : ConsumerDefinition<ReviewNotificationConsumer>
{
    public const int MessageLimit = 50;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(20);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ReviewNotificationConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(2));
    }
}
