using MassTransit;
using Microsoft.Extensions.Logging;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.EventStore;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Platform.Submissions;

/// <summary>
/// Takes in a submission (DESIGN §3): scores the form with the rule engine and opens its review task, appending
/// both events in one commit so that the task never exists without the scorecard. Idempotent: each half appends
/// nothing when its submission already has its scorecard or its task, so a redelivered message changes nothing.
/// </summary>
public sealed class SubmissionIntakeConsumer(
    EvaluationCommands commands,
    ScoringProfile profile,
    FiscalCalendars calendars,
    ILogger<SubmissionIntakeConsumer> logger)
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
            state => EvaluationDecisions.TakeInSubmission(
                state, message.Submission, form => ScoringEngine.Score(form, profile), dueDate),
            context.CancellationToken);

        logger.LogInformation(
            "Took in evaluation {EvaluationId} submission {Submission}: {Outcome}, computed total {Total}",
            message.EvaluationId, message.Submission, result.Outcome, result.State?.Scorecard?.ComputedTotal);
    }
}
