using Marten;
using Microsoft.Extensions.Logging;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// Runs a decision against one form's stream: load with optimistic concurrency, decide, append, commit.
/// The only way commands change a form; endpoints, consumers and jobs all come through here.
/// </summary>
public sealed class EvaluationCommands(IDocumentStore store, ILogger<EvaluationCommands> logger)
{
    /// <summary>Starts a new form's stream with the events of <paramref name="decision"/>.</summary>
    public async Task<CommandResult> StartAsync(
        Guid evaluationId, WriteContext context, Decision decision, CancellationToken ct)
    {
        if (decision.Error is { } error)
        {
            return CommandResult.Refused(error);
        }

        var started = await StartManyAsync([(evaluationId, decision)], context, ct);
        return new CommandResult(CommandOutcome.Appended, started.Single(), null);
    }

    /// <summary>Starts several forms' streams in one transaction: all are stored, or none.</summary>
    public async Task<IReadOnlyList<Evaluation>> StartManyAsync(
        IReadOnlyList<(Guid Id, Decision Decision)> starts, WriteContext context, CancellationToken ct)
    {
        await using var session = store.OpenWriteSession(context);
        foreach (var (id, decision) in starts)
        {
            session.Events.StartStream<Evaluation>(id, decision.Events.ToArray());
        }

        await session.SaveChangesAsync(ct);
        logger.LogInformation("Started {Count} evaluations in one transaction", starts.Count);
        return await session.LoadManyAsync<Evaluation>(ct, starts.Select(s => s.Id));
    }

    /// <summary>
    /// Decides on the form's current state and appends the result. With <paramref name="expectedVersion"/> the
    /// command is refused as stale unless the stream is exactly at that version (HTTP If-Match).
    /// </summary>
    public async Task<CommandResult> HandleAsync(
        Guid evaluationId,
        long? expectedVersion,
        WriteContext context,
        Func<Evaluation, Decision> decide,
        CancellationToken ct)
    {
        await using var session = store.OpenWriteSession(context);
        var stream = await session.Events.FetchForWriting<Evaluation>(evaluationId, ct);
        if (stream.Aggregate is not { } state)
        {
            return CommandResult.Refused(EvaluationErrors.NotFound);
        }

        if (expectedVersion is { } expected && expected != stream.CurrentVersion)
        {
            return new CommandResult(CommandOutcome.StaleVersion, state, null, stream.CurrentVersion);
        }

        var decision = decide(state);
        if (decision.Error is { } error)
        {
            return new CommandResult(CommandOutcome.Refused, state, error);
        }

        if (decision.Events.Count == 0)
        {
            return new CommandResult(CommandOutcome.Unchanged, state, null);
        }

        stream.AppendMany(decision.Events);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (JasperFx.ConcurrencyException) when (expectedVersion is not null)
        {
            // Another writer committed between our read and our append: the caller's version is stale.
            return new CommandResult(CommandOutcome.StaleVersion, state, null);
        }

        logger.LogInformation(
            "Appended {EventTypes} to evaluation {EvaluationId}", EventNames(decision), evaluationId);
        var after = await session.Events.FetchLatest<Evaluation>(evaluationId, ct);
        return new CommandResult(CommandOutcome.Appended, after, null);
    }

    private static string EventNames(Decision decision) =>
        string.Join(", ", decision.Events.Select(e => e.GetType().Name));
}
