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
    /// Replaces the year's results in one transaction: the new ones copied (binary COPY) into a temporary table,
    /// upserted into the results' table, and the year's other results (forms no longer checked) deleted. Readers see
    /// the last run or this one, never a mix. The JSON is the store's own serializer's, as Marten would write it.
    /// </summary>
    private async Task WriteAsync(int fiscalYear, IReadOnlyList<CrossCheckResult> results, CancellationToken ct)
    {
        var table = ((IReadOnlyStoreOptions)store.Options).Schema.For<CrossCheckResult>();
        var serializer = store.Options.Serializer();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand(
            "create temp table cross_check_copy (id uuid, data jsonb, fiscal_year integer, department_id varchar) on commit drop",
            connection, transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy cross_check_copy (id, data, fiscal_year, department_id) from stdin (format binary)", ct))
        {
            foreach (var result in results)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(result.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(serializer.ToJson(result), NpgsqlDbType.Jsonb, ct);
                await copy.WriteAsync(result.FiscalYear, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(result.DepartmentId, NpgsqlDbType.Varchar, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var upsert = new NpgsqlCommand(
            $"""
            insert into {table} as t (id, data, mt_dotnet_type, mt_version, mt_last_modified, fiscal_year, department_id)
            select id, data, @type, gen_random_uuid(), transaction_timestamp(), fiscal_year, department_id from cross_check_copy
            on conflict (id) do update set data = excluded.data, mt_dotnet_type = excluded.mt_dotnet_type,
                mt_version = excluded.mt_version, mt_last_modified = excluded.mt_last_modified,
                fiscal_year = excluded.fiscal_year, department_id = excluded.department_id;
            delete from {table} t where t.fiscal_year = @year and not exists (select 1 from cross_check_copy c where c.id = t.id);
            """, connection, transaction)
        { CommandTimeout = 0 })
        {
            upsert.Parameters.AddWithValue("type", typeof(CrossCheckResult).FullName!);
            upsert.Parameters.AddWithValue("year", fiscalYear);
            await upsert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}
