using MassTransit;

namespace PerfEval.Platform.Submissions;

/// <summary>
/// Batches of submissions for the intake: up to <see cref="MessageLimit"/> messages, or what arrived within
/// <see cref="TimeLimit"/> of the first; two batches at a time. A lone submission waits at most the time limit, while a
/// backlog is worked off in full batches, one commit each. The forwarder publishes a page's submissions together, so a
/// short limit still gathers them; at 100 submissions/s 5 ms instead of 20 ms took the wait from publish to batch
/// start from p50 28–35 ms to 13–19 ms (tests/PerfEval.LoadDriver/RESULTS.md).
/// </summary>
public sealed class SubmissionIntakeConsumerDefinition : ConsumerDefinition<SubmissionIntakeConsumer>
{
    public const int MessageLimit = 50;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(5);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SubmissionIntakeConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.Options<BatchOptions>(o => o
            .SetMessageLimit(MessageLimit)
            .SetTimeLimit(TimeLimit)
            .SetConcurrencyLimit(ConcurrencyLimit));
    }
}
