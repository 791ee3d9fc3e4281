using Marten;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Jobs;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// Daily: forgets the answers kept for Idempotency-Keys once they are older than the retention
/// (<see cref="JobOptions.IdempotencyRetentionHours"/>). A key protects a client's retries of one request, which come
/// within minutes; each kept answer holds the form's whole state, so without a limit they would outgrow the forms.
/// A key repeated after its answer is gone is decided again, as a request without a key would be.
/// </summary>
public sealed class IdempotencyRecordsPurgeJob(
    IDocumentStore store, JobOptions options, TimeProvider clock, ILogger<IdempotencyRecordsPurgeJob> logger)
{
    public const string RecurringId = "idempotency-records-purge";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - TimeSpan.FromHours(options.IdempotencyRetentionHours);
        await using var session = store.LightweightSession();
        var table = store.Options.Schema.For<IdempotencyRecord>();
        var purged = await session.ExecuteAsync(
            new Npgsql.NpgsqlCommand($"delete from {table} where (data ->> 'createdAt')::timestamptz < $1")
            {
                Parameters = { new Npgsql.NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff } },
            }, ct);
        logger.LogInformation("Forgot {Count} Idempotency-Key answers kept before {Cutoff}", purged, cutoff);
        return purged;
    }
}
