using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Domain.CrossChecks;

namespace PerfEval.Platform.CrossChecks;

/// <summary>What one run of a year's checks did.</summary>
public sealed record CrossCheckSummary(
    int FiscalYear, int Forms, int Findings, IReadOnlyDictionary<string, int> ByCode, TimeSpan Read, TimeSpan Check, TimeSpan Write);

/// <summary>
/// Runs a year's checks across forms and years (docs/architecture.md#cross-checks): reads the year's forms and the
/// previous year's approved ones with <see cref="CrossCheckReader"/>, checks them with the pure
/// <see cref="CrossChecker"/>, and writes one <see cref="CrossCheckResult"/> per form by binary COPY, replacing the last
/// run's; results of forms no longer checked (sent back to draft) are deleted.
/// </summary>
public sealed class CrossCheckRunner(IDocumentStore store, CrossCheckSettings settings, TimeProvider clock, ILogger<CrossCheckRunner> logger)
{
    public async Task<CrossCheckSummary> RunAsync(int fiscalYear, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var read = await Task.WhenAll(
            CrossCheckReader.ReadAsync(store, fiscalYear, finalOnly: false, ct),
            CrossCheckReader.ReadAsync(store, fiscalYear - 1, finalOnly: true, ct));
        var readTime = watch.Elapsed;

        watch.Restart();
        var checkedAt = clock.GetUtcNow();
        var results = CrossChecker.Check(read[0], read[1], settings, checkedAt);
        var checkTime = watch.Elapsed;

        watch.Restart();
        await WriteAsync(fiscalYear, results, ct);
        var writeTime = watch.Elapsed;
        var byCode = results.SelectMany(r => r.Findings).GroupBy(f => f.Finding.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var summary = new CrossCheckSummary(fiscalYear, results.Count, byCode.Values.Sum(), byCode, readTime, checkTime, writeTime);
        logger.LogInformation(
            "Cross-checks of {FiscalYear}: {Forms} forms, {Findings} findings (read {Read} ms, check {Check} ms, write {Write} ms)",
            fiscalYear, summary.Forms, summary.Findings, (int)readTime.TotalMilliseconds, (int)checkTime.TotalMilliseconds, (int)writeTime.TotalMilliseconds);
        return summary;
    }

    /// <summary>
    /// Replaces the year's results in one transaction: the year's last results deleted and the new ones copied (binary
    /// COPY) straight into the results' table, compressed with lz4 (far cheaper than the default for the many results
    /// large enough to be compressed). Readers see the last run or this one, never a mix; a second run of the same
    /// year waits for the first (a transaction lock on the year). The JSON is the store's own serializer's, as Marten
    /// would write it, produced on every core a batch ahead of the COPY.
    /// </summary>
    private async Task WriteAsync(int fiscalYear, IReadOnlyList<CrossCheckResult> results, CancellationToken ct)
    {
        const int batch = 4_096;
        var table = ((IReadOnlyStoreOptions)store.Options).Schema.For<CrossCheckResult>();
        var serializer = store.Options.Serializer();
        string[] Serialize(int start)
        {
            var json = new string[Math.Min(batch, results.Count - start)];
            Parallel.For(0, json.Length, i => json[i] = serializer.ToJson(results[start + i]));
            return json;
        }

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var replace = new NpgsqlCommand(
            $"""
            select pg_advisory_xact_lock(hashtext('perfeval.cross-checks'), @year);
            delete from {table} where fiscal_year = @year;
            """, connection, transaction)
        { CommandTimeout = 0 })
        {
            replace.Parameters.AddWithValue("year", fiscalYear);
            await replace.ExecuteNonQueryAsync(ct);
        }

        var type = typeof(CrossCheckResult).FullName!;
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"copy {table} (id, data, mt_dotnet_type, mt_version, mt_last_modified, fiscal_year, department_id) from stdin (format binary)", ct))
        {
            var next = results.Count > 0 ? Task.Run(() => Serialize(0), ct) : null;
            for (var start = 0; next is not null; start += batch)
            {
                var json = await next;
                var following = start + batch;
                next = following < results.Count ? Task.Run(() => Serialize(following), ct) : null;
                for (var i = 0; i < json.Length; i++)
                {
                    var result = results[start + i];
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(result.Id, NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(json[i], NpgsqlDbType.Jsonb, ct);
                    await copy.WriteAsync(type, NpgsqlDbType.Varchar, ct);
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, ct);
                    await copy.WriteAsync(result.CheckedAt, NpgsqlDbType.TimestampTz, ct);
                    await copy.WriteAsync(result.FiscalYear, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(result.DepartmentId, NpgsqlDbType.Varchar, ct);
                }
            }

            await copy.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
