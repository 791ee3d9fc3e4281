using MassTransit;

namespace PerfEval.Platform.Submissions;

/// <summary>
/// Batches of submissions for the intake: up to <see cref="MessageLimit"/> messages, or what arrived within
/// <see cref="TimeLimit"/> of the first; two batches at a time. A lone submission waits at most the time limit, while a
/// backlog is worked off in full batches, one commit each.
/// The capacity (limit × concurrency, which MassTransit also takes as the endpoint's prefetch) is what the intake holds
/// unacknowledged. With 2 × 50 a backlog broke up into small batches (acknowledged batches of 10–20 freed room for
/// only 10–20 more, and the time limit closed the next batch at that size), each costing a commit; 2 × 100 leaves
/// room for a backlog to gather into larger batches (tests/PerfEval.LoadDriver/RESULTS.md, second round).
/// </summary>
public sealed class SubmissionIntakeConsumerDefinition : ConsumerDefinition<SubmissionIntakeConsumer>
{
    public const int MessageLimit = 100;
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
