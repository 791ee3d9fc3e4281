using MassTransit;
using Microsoft.Extensions.Logging;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.EventStore;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Platform.Review;

/// <summary>
/// Opens the review task of a submission. Idempotent: the decision appends nothing when the submission already has
/// its task, so a redelivered message never opens a second one.
/// </summary>
public sealed class OpenReviewTaskConsumer(
    EvaluationCommands commands, FiscalCalendars calendars, ILogger<OpenReviewTaskConsumer> logger)
    : IConsumer<EvaluationSubmittedV1>
{
    public async Task Consume(ConsumeContext<EvaluationSubmittedV1> context)
    {
        var message = context.Message;
        using var _ = SerilogContext.PushProperty("CorrelationId", message.CorrelationId);
        var write = WriteContext.ForSystem(message.CorrelationId, message.EventId.ToString());
        // The task is due on the year's review due date when the calendar of the year is set.
        var dueDate = (await calendars.ForYearAsync(message.FiscalYear, context.CancellationToken))?.ReviewDue;
        var result = await commands.HandleAsync(
            message.EvaluationId,
            expectedVersion: null,
            write,
            state => EvaluationDecisions.OpenReviewTask(state, message.Submission, dueDate),
            context.CancellationToken);

        logger.LogInformation(
            "Review task for evaluation {EvaluationId} submission {Submission}: {Outcome}",
            message.EvaluationId, message.Submission, result.Outcome);
    }
}
