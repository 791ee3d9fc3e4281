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

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class =>
        Task.CompletedTask;

    /// <summary>A consumer failed on a message after its retries; MassTransit moves the message to the _error queue.</summary>
    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class
    {
        LogPoison(context.ReceiveContext, exception, $"{typeof(T).Name} in {consumerType}");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A message that failed before any consumer could take it (e.g. it cannot be read). MassTransit reports this only
    /// for a receive not already faulted by a consumer, so each poison message is logged once.
    /// </summary>
    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        LogPoison(context, exception, "unreadable or unhandled");
        return Task.CompletedTask;
    }

    private void LogPoison(ReceiveContext context, Exception exception, string what) =>
        logger.LogError(exception,
            "Poison message {MessageId} ({What}) on {Queue} failed after its retries and goes to the error queue {ErrorQueue}",
            context.GetMessageId(), what, QueueOf(context), QueueOf(context) + ErrorQueues.Suffix);

    private static string QueueOf(ReceiveContext context) =>
        context.InputAddress?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "?";
}
