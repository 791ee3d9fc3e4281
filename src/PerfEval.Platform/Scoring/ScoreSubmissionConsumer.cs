using MassTransit;
using Microsoft.Extensions.Logging;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.EventStore;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Platform.Scoring;

/// <summary>
/// Scores a submitted form with the rule engine and appends the scorecard to the form's stream. Idempotent: a
/// submission already scored is left alone, so a redelivered message appends nothing.
/// </summary>
public sealed class ScoreSubmissionConsumer(
    EvaluationCommands commands, ScoringProfile profile, ILogger<ScoreSubmissionConsumer> logger)
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
            state => EvaluationDecisions.RecordScore(state, message.Submission, ScoringEngine.Score(state.Form, profile)),
            context.CancellationToken);

        logger.LogInformation(
            "Scored evaluation {EvaluationId} submission {Submission}: {Outcome}, computed total {Total}",
            message.EvaluationId, message.Submission, result.Outcome, result.State?.Scorecard?.ComputedTotal);
    }
}
