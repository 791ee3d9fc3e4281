using System.Security.Cryptography;
using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Sampling;
using PerfEval.Platform.EventStore;

namespace PerfEval.Platform.Sampling;

/// <summary>What a manager asks to draw.</summary>
public sealed record DrawRequest(int FiscalYear, SampleFilters Filters, SampleSize Size, string? Seed);

/// <summary>The outcome of a draw request: the draw (new or the earlier one under the same key), or the refusal.</summary>
public sealed record DrawResult(SampleDrawRecord? Draw, bool Repeated, DomainError? Error);

/// <summary>A draw redrawn now: from its stored population and seed, and today's population against the recorded hash.</summary>
public sealed record DrawVerification(
    Guid DrawId, int FiscalYear, Redraw Redraw, string CurrentPopulationHash, int CurrentPopulationCount)
{
    public bool CurrentPopulationSame => CurrentPopulationHash == Redraw.RecordedHash;
}

/// <summary>
/// Draws samples (docs/domain-rules.md#sampling): reads the population, lets the domain draw, records the draw's event
/// with its population in one transaction on a stream of its own, then opens a re-check task on every drawn form.
/// </summary>
/// <remarks>
/// Safe to retry: under an Idempotency-Key the draw's id is derived from the key, so a repeat finds the draw it made
/// (or collides with it) instead of drawing again, and opens the tasks again, which opens only those still missing
/// (<see cref="RecheckTasks.Open"/> is idempotent per draw).
/// </remarks>
public sealed class SampleDraws(
    IDocumentStore store,
    SamplePopulationQuery population,
    EvaluationCommands commands,
    IOptions<SamplingOptions> options,
    TimeProvider clock,
    ILogger<SampleDraws> logger)
{
    private const int TasksPerCommit = 500;

    /// <summary>The draw's id: from the request's idempotency record when there is one, else new.</summary>
    public static Guid DrawIdFor(string? idempotencyRecordId) =>
        idempotencyRecordId is null ? Guid.CreateVersion7() : DeterministicGuid.From($"sample-draw:{idempotencyRecordId}");

    /// <param name="requestFingerprint">The request as sent (kept with the draw: a repeat of its key with another body is refused).</param>
    public async Task<DrawResult> DrawAsync(
        DrawRequest request, WriteContext context, Guid drawId, string requestFingerprint, CancellationToken ct)
    {
        var result = await RecordAsync(request, context, drawId, requestFingerprint, ct);
        if (result.Draw is { } draw)
        {
            await OpenTasksAsync(draw, context, ct);
        }

        return result;
    }

    /// <summary>
    /// Reads the population, draws and records the draw (its event on a stream of its own, the draw's document and its
    /// population, in one transaction); a draw already recorded under <paramref name="drawId"/> is answered as it is.
    /// </summary>
    public async Task<DrawResult> RecordAsync(
        DrawRequest request, WriteContext context, Guid drawId, string requestFingerprint, CancellationToken ct)
    {
        if (await LoadAsync(drawId, ct) is { } earlier)
        {
            return new DrawResult(earlier, true, null);
        }

        var weights = options.Value.Risk;
        var candidates = await population.ReadAsync(request.FiscalYear, request.Filters, weights, ct);
        var seed = request.Seed ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var (drawn, error) = SampleDecisions.Draw(
            drawId, request.FiscalYear, request.Filters, request.Size, seed, request.Seed is not null, candidates, weights,
            context.Actor);
        if (error is not null)
        {
            return new DrawResult(null, false, error);
        }

        var record = new SampleDrawRecord
        {
            Id = drawId,
            FiscalYear = request.FiscalYear,
            DrawnAt = clock.GetUtcNow(),
            Drawn = drawn!,
            RequestFingerprint = requestFingerprint,
        };
        // The population is one long text (about 20 MB for 200,000 forms), stored with the store's lz4 compression
        // (EventStoreConnection) in a tenth of the time the default compression takes.
        await using var session = store.OpenWriteSession(context);
        session.Events.StartStream(drawId, drawn!);
        session.Insert(record);
        session.Insert(SamplePopulation.Of(drawId, request.FiscalYear, candidates.Select(c => c.Member).ToList()));
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception clash) when (clash is JasperFx.Events.ExistingStreamIdCollisionException
                                      or Marten.Exceptions.ExistingStreamIdCollisionException
                                      or JasperFx.DocumentAlreadyExistsException)
        {
            // The same request ran at the same moment and recorded the draw first: answer with that one.
            var first = await LoadAsync(drawId, ct)
                ?? throw new InvalidOperationException($"Draw {drawId} collided but is not stored.", clash);
            return new DrawResult(first, true, null);
        }

        logger.LogInformation(
            "Drew {Selected} of {Population} forms of {Year} (draw {DrawId})",
            drawn!.Selected.Count, drawn.PopulationCount, request.FiscalYear, drawId);
        return new DrawResult(record, false, null);
    }

    /// <summary>
    /// Opens the re-check task of every drawn form, a few hundred forms per transaction. A form another writer moved
    /// meanwhile fails its batch, which is decided again; a form that already has this draw's task is left as it is.
    /// </summary>
    public async Task OpenTasksAsync(SampleDrawRecord draw, WriteContext context, CancellationToken ct)
    {
        var due = DateOnly.FromDateTime(draw.DrawnAt.UtcDateTime).AddDays(options.Value.RecheckDueDays);
        foreach (var chunk in draw.Drawn.Selected.Chunk(TasksPerCommit))
        {
            var batch = chunk.Select(s => new StreamCommand(
                s.EvaluationId, context, state => RecheckTasks.Open(state, draw.Id, due))).ToList();
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await commands.HandleManyAsync(batch, context, ct);
                    break;
                }
                catch (JasperFx.ConcurrencyException) when (attempt < 5)
                {
                    logger.LogInformation("A drawn form moved while its re-check task was opened; deciding again");
                }
            }
        }
    }

    public async Task<SampleDrawRecord?> LoadAsync(Guid drawId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<SampleDrawRecord>(drawId, ct);
    }

    public async Task<IReadOnlyList<SampleDrawRecord>> ListAsync(int fiscalYear, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<SampleDrawRecord>()
            .Where(d => d.FiscalYear == fiscalYear)
            .OrderByDescending(d => d.DrawnAt)
            .ToListAsync(ct);
    }

    /// <summary>The draw with its stored population, as anyone can check it offline.</summary>
    public async Task<SampleExport?> ExportAsync(Guid drawId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var draw = await session.LoadAsync<SampleDrawRecord>(drawId, ct);
        var members = await session.LoadAsync<SamplePopulation>(drawId, ct);
        if (draw is null || members is null)
        {
            return null;
        }

        var d = draw.Drawn;
        return new SampleExport(d.DrawId, d.FiscalYear, d.Seed, d.Filters, d.Size, d.PopulationHash, members.Members(),
            d.Selected.Select(s => new ExportedSample(s.EvaluationId, s.Stratum)).ToList());
    }

    /// <summary>
    /// Redraws from the stored population and the seed and compares with the recorded sample; also hashes today's
    /// population under the same filters and weights (for information: the forms may have moved on since).
    /// </summary>
    public async Task<DrawVerification?> VerifyAsync(Guid drawId, CancellationToken ct)
    {
        if (await ExportAsync(drawId, ct) is not { } export)
        {
            return null;
        }

        var draw = (await LoadAsync(drawId, ct))!.Drawn;
        var today = await population.ReadAsync(export.FiscalYear, export.Filters, draw.Weights, ct);
        return new DrawVerification(
            drawId, export.FiscalYear, SampleVerification.Verify(export), PopulationHash.Of(today.Select(c => c.Member)), today.Count);
    }
}
