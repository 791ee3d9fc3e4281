using MassTransit;
using Microsoft.Extensions.Logging;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Platform.EventStore;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Platform.Review;

/// <summary>
/// Opens the review task of a submission. Idempotent: the decision appends nothing when the submission already has
/// its task, so a redelivered message never opens a second one.
/// </summary>
public sealed class OpenReviewTaskConsumer(EvaluationCommands commands, ILogger<OpenReviewTaskConsumer> logger)
    : IConsumer<EvaluationSubmittedV1>
{
    public async Task Consume(ConsumeContext<EvaluationSubmittedV1> context)
    {
        var message = context.Message;
        using var _ = SerilogContext.PushProperty("CorrelationId", message.CorrelationId);
        var write = WriteContext.ForSystem(message.CorrelationId, message.EventId.ToString());
        var result = await commands.HandleAsync(
            message.EvaluationId,
            expectedVersion: null,
            write,
            state => EvaluationDecisions.OpenReviewTask(state, message.Submission, dueDate: null),
            context.CancellationToken);

        logger.LogInformation(
            "Review task for evaluation {EvaluationId} submission {Submission}: {Outcome}",
            message.EvaluationId, message.Submission, result.Outcome);
    }
}
