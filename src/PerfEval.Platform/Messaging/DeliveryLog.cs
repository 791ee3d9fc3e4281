using MassTransit;
using Microsoft.Extensions.Logging;

namespace PerfEval.Platform.Messaging;

/// <summary>
/// What operators need to see of message delivery: a message that RabbitMQ delivers again because a consumer stopped
/// before acknowledging it, and a poison message that failed after its retries and goes to its _error queue.
/// </summary>
public sealed class DeliveryLog(ILogger<DeliveryLog> logger) : IConsumeObserver, IReceiveObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.ReceiveContext.Redelivered)
        {
            logger.LogWarning(
                "Redelivered message {MessageId} ({MessageType}) on {Queue}: a consumer stopped before acknowledging it",
                context.MessageId, typeof(T).Name, QueueOf(context.ReceiveContext));
        }

        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        logger.LogDebug("Consumed message {MessageId} ({MessageType}) on {Queue}",
            context.MessageId, typeof(T).Name, QueueOf(context.ReceiveContext));
        return Task.CompletedTask;
    }

    // The receive fault below reports a failed message once, whether its consumer or its deserialization failed.
    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class =>
        Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    /// <summary>A message whose handling failed after the retries; MassTransit moves it to the _error queue.</summary>
    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        logger.LogError(exception,
            "Poison message {MessageId} on {Queue} failed after its retries and goes to the error queue {ErrorQueue}",
            context.GetMessageId(), QueueOf(context), QueueOf(context) + ErrorQueues.Suffix);
        return Task.CompletedTask;
    }

    private static string QueueOf(ReceiveContext context) =>
        context.InputAddress?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "?";
}
