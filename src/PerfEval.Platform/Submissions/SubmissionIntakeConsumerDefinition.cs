using MassTransit;

namespace PerfEval.Platform.Submissions;

/// <summary>
/// Batches of submissions for the intake: up to <see cref="MessageLimit"/> messages, or what arrived within
/// <see cref="TimeLimit"/> of the first; two batches at a time. A lone submission waits at most the time limit, while a
/// backlog is worked off in full batches, one commit each.
/// </summary>
public sealed class SubmissionIntakeConsumerDefinition : ConsumerDefinition<SubmissionIntakeConsumer>
{
    public const int MessageLimit = 50;
    public const int ConcurrencyLimit = 2;
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(20);

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
