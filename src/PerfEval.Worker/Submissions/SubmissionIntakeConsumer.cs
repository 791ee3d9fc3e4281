using MassTransit;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.EventStore;

namespace PerfEval.Worker.Submissions;

/// <summary>
/// Takes in submissions (docs/domain-rules.md#review-tasks): scores each form with the rule engine and opens its review task, both events of
/// a form in the same commit, so that a task never exists without its scorecard. Submissions arrive in batches
/// (<see cref="SubmissionIntakeConsumerDefinition"/>): one read of all the batch's streams and one commit, instead
/// of a read, a commit and a calendar lookup per form, which is what lets the intake keep up with a year-end rush.
/// Idempotent: a submission that already has its scorecard and its task appends nothing, so a redelivered message,
/// or the same message twice in one batch, changes nothing.
/// </summary>
public sealed class SubmissionIntakeConsumer(
    EvaluationCommands commands,
    ScoringProfile profile,
    FiscalCalendars calendars,
    TimeProvider clock,
    ILogger<SubmissionIntakeConsumer> logger)
    : IConsumer<Batch<EvaluationSubmittedV1>>
{
    public async Task Consume(ConsumeContext<Batch<EvaluationSubmittedV1>> context)
    {
        var startedAt = clock.GetUtcNow().ToString("O");
        var received = context.Message.ToList();
        var messages = received.Select(m => m.Message).ToList();
        var ct = context.CancellationToken;

        // A task is due on its year's review due date when the calendar of the year is set; a batch rarely spans
        // more than one year.
        var dueDates = new Dictionary<int, DateOnly?>();
        foreach (var year in messages.Select(m => m.FiscalYear).Distinct())
        {
            dueDates[year] = (await calendars.ForYearAsync(year, ct))?.ReviewDue;
        }

        // The approved targets of the batch's units and years, read with the batch's streams in one round trip.
        var units = messages.Select(m => m.UnitId).Distinct().ToArray();
        var years = messages.Select(m => m.FiscalYear).Distinct().ToArray();
        Task<IReadOnlyList<TargetDeclaration>>? reading = null;
        var targets = new Lazy<IReadOnlyDictionary<Guid, TargetDeclaration>>(
            () => reading!.Result.ToDictionary(t => t.Id));
        var batch = received.Select(m => new StreamCommand(
                m.Message.EvaluationId,
                WriteContext.ForSystem(m.Message.CorrelationId, m.Message.EventId.ToString()),
                state => EvaluationDecisions.TakeInSubmission(
                    state,
                    m.Message.Submission,
                    form => ScoringEngine.Score(form, profile, state.FromTargets?.Content ?? ApprovedFor(targets.Value, state)),
                    dueDates[m.Message.FiscalYear]),
                TraceHeaders(m, startedAt)))
            .ToList();
        var outcomes = await commands.HandleManyAsync(
            batch,
            WriteContext.ForSystem(null, null),
            ct,
            read => reading = read.Query<TargetDeclaration>()
                .Where(t => units.Contains(t.UnitId) && years.Contains(t.FiscalYear) && t.Status == TargetStatus.Approved)
                .ToList());

        for (var i = 0; i < messages.Count; i++)
        {
            logger.LogInformation(
                "Took in evaluation {EvaluationId} submission {Submission}: {Outcome} (correlation {CorrelationId})",
                messages[i].EvaluationId, messages[i].Submission, outcomes[i], messages[i].CorrelationId);
        }
    }

    /// <summary>The approved targets of the form's project (<see cref="TargetIds.For"/> of its unit, year and name).</summary>
    private static TargetContent? ApprovedFor(IReadOnlyDictionary<Guid, TargetDeclaration> targets, Evaluation form) =>
        targets.TryGetValue(TargetIds.For(form.UnitId, form.FiscalYear, form.ProjectName), out var declaration)
            ? declaration.Approved?.Content
            : null;

    private static Dictionary<string, object> TraceHeaders(ConsumeContext<EvaluationSubmittedV1> message, string startedAt)
    {
        var headers = new Dictionary<string, object> { [EventHeaders.IntakeStartedAt] = startedAt };
        if (message.SentTime is { } sent)
        {
            headers[EventHeaders.MessageSentAt] = new DateTimeOffset(DateTime.SpecifyKind(sent, DateTimeKind.Utc)).ToString("O");
        }

        return headers;
    }
}
