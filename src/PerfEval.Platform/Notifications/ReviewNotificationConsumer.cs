using MassTransit;
using PerfEval.Contracts.V1;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Platform.Notifications;

/// <summary>
/// Tells the department's reviewers when a task opens, and the unit how its review ended. Notification ids derive
/// from the event id, so a redelivered message writes nothing new.
/// </summary>
public sealed class ReviewNotificationConsumer(Notifier notifier, TimeProvider clock)
    : IConsumer<ReviewTaskOpenedV1>, IConsumer<ReviewOutcomeV1>
{
    public async Task Consume(ConsumeContext<ReviewTaskOpenedV1> context)
    {
        using var _ = SerilogContext.PushProperty("CorrelationId", context.Message.CorrelationId);
        await notifier.NotifyAsync([ReviewNotifications.TaskOpened(context.Message, clock.GetUtcNow())], context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<ReviewOutcomeV1> context)
    {
        using var _ = SerilogContext.PushProperty("CorrelationId", context.Message.CorrelationId);
        await notifier.NotifyAsync([ReviewNotifications.Outcome(context.Message, clock.GetUtcNow())], context.CancellationToken);
    }
}
