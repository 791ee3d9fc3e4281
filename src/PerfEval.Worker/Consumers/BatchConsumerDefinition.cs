using MassTransit;

namespace PerfEval.Worker.Consumers;

/// <summary>
/// A consumer of message batches: up to <c>messageLimit</c> messages, or what arrived within <c>timeLimit</c> of the
/// first, with <c>concurrencyLimit</c> batches at a time. A lone message waits at most the time limit, while a backlog
/// is worked off in full batches.
/// </summary>
public abstract class BatchConsumerDefinition<TConsumer>(int messageLimit, TimeSpan timeLimit, int concurrencyLimit)
    : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(messageLimit)
            .SetTimeLimit(timeLimit)
            .SetConcurrencyLimit(concurrencyLimit));
    }
}
