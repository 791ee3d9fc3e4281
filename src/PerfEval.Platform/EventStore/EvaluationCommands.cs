using JasperFx.Events;
using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.Extensions.Logging;
using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// Runs a decision against one form's stream: load with optimistic concurrency, decide, append, commit.
/// The only way commands change a form; endpoints, consumers and jobs all come through here.
/// </summary>
public sealed class EvaluationCommands(IDocumentStore store, ILogger<EvaluationCommands> logger)
{
    /// <summary>Starts a new form's stream with the events of <paramref name="decision"/>.</summary>
    public Task<CommandResult> StartAsync(
        Guid evaluationId, WriteContext context, Decision decision, CancellationToken ct) =>
        StartAsync<Evaluation>(evaluationId, context, decision, ct);

    /// <summary>Starts a new stream of a <typeparamref name="TState"/> document (a form, a target declaration).</summary>
    public async Task<CommandResult> StartAsync<TState>(
        Guid id, WriteContext context, Decision decision, CancellationToken ct)
        where TState : class, IVersioned
    {
        if (decision.Error is { } error)
        {
            return CommandResult.Refused(error);
        }

        await using var session = store.OpenWriteSession(context);
        session.Events.StartStream<TState>(id, [.. EventLinks.Chain(session, id, 0, null, decision.Events, out _)]);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception clash) when (DepartmentWideForms.IsClash(clash))
        {
            return CommandResult.Refused(DepartmentWideForms.Refusal(decision.Events));
        }

        logger.LogInformation("Started {Type} {Id}", typeof(TState).Name, id);
        return new CommandResult(CommandOutcome.Appended, await session.LoadAsync<TState>(id, ct), null);
    }

    /// <summary>
    /// Starts several forms' streams in one transaction: all are stored, or none. A second department-wide form of a
    /// department and year throws <see cref="CommandRefusedException"/> with the refusal.
    /// </summary>
    public Task<IReadOnlyList<Evaluation>> StartManyAsync(
        IReadOnlyList<(Guid Id, Decision Decision)> starts, WriteContext context, CancellationToken ct) =>
        StartManyAsync<Evaluation>(starts, context, ct);

    /// <summary>Starts several streams of <typeparamref name="TState"/> documents in one transaction: all, or none.</summary>
    public async Task<IReadOnlyList<TState>> StartManyAsync<TState>(
        IReadOnlyList<(Guid Id, Decision Decision)> starts, WriteContext context, CancellationToken ct)
        where TState : class, IVersioned
    {
        await using var session = store.OpenWriteSession(context);
        foreach (var (id, decision) in starts)
        {
            session.Events.StartStream<TState>(id, [.. EventLinks.Chain(session, id, 0, null, decision.Events, out _)]);
        }

        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception clash) when (DepartmentWideForms.IsClash(clash))
        {
            throw new CommandRefusedException(DepartmentWideForms.Refusal(starts.SelectMany(s => s.Decision.Events)), clash);
        }

        logger.LogInformation("Started {Count} {Type} streams in one transaction", starts.Count, typeof(TState).Name);
        return await session.LoadManyAsync<TState>(ct, starts.Select(s => s.Id));
    }

    /// <summary>
    /// Decides on the form's current state and appends the result. With <paramref name="expectedVersion"/> the
    /// command is refused as stale unless the stream is exactly at that version (HTTP If-Match).
    /// </summary>
    public Task<CommandResult> HandleAsync(
        Guid evaluationId,
        long? expectedVersion,
        WriteContext context,
        Func<Evaluation, Decision> decide,
        CancellationToken ct) =>
        HandleAsync(evaluationId, expectedVersion, context, decide, EvaluationErrors.NotFound, ct);

    /// <summary>
    /// Decides on the current state of a <typeparamref name="TState"/> stream (a form, a target declaration) and
    /// appends the result, in a transaction of its own; <paramref name="notFound"/> when the stream does not exist.
    /// </summary>
    public async Task<CommandResult> HandleAsync<TState>(
        Guid id,
        long? expectedVersion,
        WriteContext context,
        Func<TState, Decision> decide,
        DomainError notFound,
        CancellationToken ct)
        where TState : class, IVersioned
    {
        await using var scope = await BeginAsync(context, ct);
        return await HandleAsync(scope, id, expectedVersion, decide, notFound, ct);
    }

    /// <summary>
    /// Decides and appends as above, in a command's transaction opened beforehand (<see cref="BeginAsync"/>) for reads
    /// that find the stream, such as a review task naming its form. The events carry the scope's write context; the
    /// caller disposes of the scope.
    /// </summary>
    public async Task<CommandResult> HandleAsync<TState>(
        CommandScope scope,
        Guid id,
        long? expectedVersion,
        Func<TState, Decision> decide,
        DomainError notFound,
        CancellationToken ct)
        where TState : class, IVersioned
    {
        var session = scope.Writer;
        var context = scope.Context;
        var (stream, earlier) = await FetchAsync<TState>(session, id, context.Idempotency, ct);
        if (earlier is not null)
        {
            return CommandResult.Repeated(earlier);
        }

        if (stream.Aggregate is not { } state)
        {
            return CommandResult.Refused(notFound);
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

        var after = new StateAfterCommand<TState>(id, context.Idempotency);
        session.Listeners.Add(after);
        stream.AppendMany(EventLinks.Chain(session, id, stream.CurrentVersion ?? 0, state.ChainHead, decision.Events, out _));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception clash) when (DepartmentWideForms.IsClash(clash))
        {
            return new CommandResult(CommandOutcome.Refused, state, DepartmentWideForms.Refusal(decision.Events));
        }
        catch (Exception clash) when (clash is JasperFx.ConcurrencyException or JasperFx.DocumentAlreadyExistsException)
        {
            // Another writer committed between our read and our append. When it was a run of this very request (the
            // same Idempotency-Key), this one answers as that one did, If-Match or not; otherwise, with If-Match, the
            // caller's version is stale.
            if (context.Idempotency is { } key && await EarlierRunAsync(key, ct) is { } first)
            {
                return CommandResult.Repeated(first);
            }

            if (expectedVersion is not null && clash is JasperFx.ConcurrencyException)
            {
                return new CommandResult(CommandOutcome.StaleVersion, state, null);
            }

            throw;
        }

        logger.LogInformation(
            "Appended {EventTypes} to {Type} {Id}", EventNames(decision), typeof(TState).Name, id);
        return new CommandResult(CommandOutcome.Appended, after.State, null);
    }

    /// <summary>
    /// Opens a command's session under <paramref name="context"/> with its transaction begun, so that what the command
    /// reads and what it appends commit together: one commit per command.
    /// </summary>
    public async Task<CommandScope> BeginAsync(WriteContext context, CancellationToken ct)
    {
        var session = store.OpenWriteSession(context);
        try
        {
            await session.BeginTransactionAsync(ct);
            return new CommandScope(session, context);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private async Task<IdempotencyRecord?> EarlierRunAsync(IdempotentWrite key, CancellationToken ct)
    {
        await using var query = store.QuerySession();
        return await query.LoadAsync<IdempotencyRecord>(key.RecordId, ct);
    }

    /// <summary>
    /// The form's stream for writing and, for a command under an Idempotency-Key, the record of an earlier run of it:
    /// both in one round trip.
    /// </summary>
    private static async Task<(IEventStream<TState> Stream, IdempotencyRecord? Earlier)> FetchAsync<TState>(
        IDocumentSession session, Guid id, IdempotentWrite? idempotency, CancellationToken ct)
        where TState : class, IVersioned
    {
        if (idempotency is null)
        {
            return (await session.Events.FetchForWriting<TState>(id, ct), null);
        }

        var batch = session.CreateBatchQuery();
        var stream = batch.Events.FetchForWriting<TState>(id);
        var earlier = batch.Load<IdempotencyRecord>(idempotency.RecordId);
        await batch.Execute(ct);
        return (await stream, await earlier);
    }

    /// <summary>
    /// Takes the form's state after a command from the inline projection's pending write, as the transaction is about
    /// to be sent (Marten has run its inline projections by then), and adds the command's idempotency record to the
    /// same transaction. The record is inserted, so a concurrent run of the same command that committed first makes
    /// this one fail as a whole (<see cref="JasperFx.DocumentAlreadyExistsException"/>): nothing is appended twice.
    /// </summary>
    private sealed class StateAfterCommand<TState>(Guid id, IdempotentWrite? idempotency) : DocumentSessionListenerBase
        where TState : class, IVersioned
    {
        public TState? State { get; private set; }

        public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            State = session.PendingChanges.AllChangedFor<TState>().LastOrDefault(e => e.Id == id)
                ?? throw new InvalidOperationException(
                    $"The inline projection wrote no state for {typeof(TState).Name} {id}: is it registered inline?");
            if (idempotency is not null)
            {
                session.Insert(idempotency.Record(State));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Runs many forms' decisions with one read and one commit: every stream is loaded in one batched query, each
    /// decision sees its form's state (a form named twice sees the first decision's events), and everything appended
    /// is committed together, or nothing is. Each command's events carry its own correlation and causation ids.
    /// A stream that another writer moved on between the read and the commit fails the whole commit
    /// (<see cref="JasperFx.ConcurrencyException"/>); the decisions are meant to be safe to run again.
    /// </summary>
    /// <param name="alsoRead">
    /// Further reads the decisions need, queued on the same batched query as the streams (one round trip); their
    /// results are complete when the decisions run.
    /// </param>
    public async Task<IReadOnlyList<CommandOutcome>> HandleManyAsync(
        IReadOnlyList<StreamCommand> commands, WriteContext context, CancellationToken ct, Action<IBatchedQuery>? alsoRead = null)
    {
        await using var scope = await BeginAsync(context, ct);
        var session = scope.Writer;
        var batch = session.CreateBatchQuery();
        var fetches = commands.Select(c => c.EvaluationId).Distinct()
            .ToDictionary(id => id, id => batch.Events.FetchForWriting<Evaluation>(id));
        alsoRead?.Invoke(batch);
        await batch.Execute(ct);

        var streams = new Dictionary<Guid, IEventStream<Evaluation>>();
        foreach (var (id, fetch) in fetches)
        {
            streams[id] = await fetch;
        }

        var states = streams.ToDictionary(s => s.Key, s => s.Value.Aggregate);
        var versions = streams.ToDictionary(s => s.Key, s => s.Value.CurrentVersion ?? 0);
        var outcomes = new List<CommandOutcome>(commands.Count);
        var appended = 0;
        var appendedTo = new Dictionary<Guid, int>();
        foreach (var command in commands)
        {
            if (states[command.EvaluationId] is not { } state)
            {
                outcomes.Add(CommandOutcome.Refused);
                continue;
            }

            var decision = command.Decide(state);
            if (decision.Error is not null || decision.Events.Count == 0)
            {
                outcomes.Add(decision.Error is null ? CommandOutcome.Unchanged : CommandOutcome.Refused);
                continue;
            }

            var version = versions[command.EvaluationId] + appendedTo.GetValueOrDefault(command.EvaluationId);
            var links = EventLinks.Chain(session, command.EvaluationId, version, state.ChainHead, decision.Events, out var head);
            foreach (var (data, e) in decision.Events.Zip(links))
            {
                e.CorrelationId = command.Context.CorrelationId;
                e.CausationId = command.Context.CausationId;
                foreach (var (name, value) in command.Headers ?? EmptyHeaders)
                {
                    e.SetHeader(name, value);
                }

                streams[command.EvaluationId].AppendOne(e);
                state = EvaluationEvolution.Evolve(state, data) ?? state;
            }

            // The next decision on the same form sees the head its events continue from.
            states[command.EvaluationId] = state with { ChainHead = head };
            appendedTo[command.EvaluationId] = appendedTo.GetValueOrDefault(command.EvaluationId) + decision.Events.Count;
            appended += decision.Events.Count;
            outcomes.Add(CommandOutcome.Appended);
        }

        if (appended > 0)
        {
            await session.SaveChangesAsync(ct);
            logger.LogInformation(
                "Appended {Count} events to {Streams} evaluations in one transaction", appended, streams.Count);
        }

        return outcomes;
    }

    private static readonly IReadOnlyDictionary<string, object> EmptyHeaders = new Dictionary<string, object>();

    private static string EventNames(Decision decision) =>
        string.Join(", ", decision.Events.Select(e => e.GetType().Name));
}

/// <summary>
/// One form's decision in <see cref="EvaluationCommands.HandleManyAsync"/>, with the write context of its cause and,
/// optionally, headers for its events beside the session's own.
/// </summary>
public sealed record StreamCommand(
    Guid EvaluationId, WriteContext Context, Func<Evaluation, Decision> Decide,
    IReadOnlyDictionary<string, object>? Headers = null);

/// <summary>
/// A command's session with its transaction begun (<see cref="EvaluationCommands.BeginAsync"/>): reads made through
/// <see cref="Session"/> before the command belong to the command's transaction. Disposing of it without a command that
/// committed rolls the transaction back.
/// </summary>
public sealed class CommandScope(IDocumentSession session, WriteContext context) : IAsyncDisposable
{
    public IQuerySession Session => session;

    /// <summary>Who the scope's command runs for, its correlation and its Idempotency-Key.</summary>
    public WriteContext Context => context;

    internal IDocumentSession Writer => session;

    public ValueTask DisposeAsync() => session.DisposeAsync();
}
