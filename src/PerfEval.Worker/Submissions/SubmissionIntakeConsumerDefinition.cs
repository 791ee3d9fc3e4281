using PerfEval.Worker.Consumers;

namespace PerfEval.Worker.Submissions;

/// <summary>
/// Batches of submissions for the intake: up to 50 messages, or what arrived within 5 ms of the first; two batches at
/// a time, one commit each, instead of a read, a commit and a calendar lookup per form. The forwarder publishes a
/// page's submissions together, so a short limit still gathers them; at 100 submissions/s 5 ms instead of 20 ms took
/// the wait from publish to batch start from p50 28–35 ms to 13–19 ms (docs/performance.md#round-4).
/// </summary>
public sealed class SubmissionIntakeConsumerDefinition()
    : BatchConsumerDefinition<SubmissionIntakeConsumer>(50, TimeSpan.FromMilliseconds(5), 2);
