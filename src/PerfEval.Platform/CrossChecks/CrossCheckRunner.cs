using System.Diagnostics;
using Marten;
using Microsoft.Extensions.Logging;
using PerfEval.Domain.CrossChecks;
using Weasel.Core;

namespace PerfEval.Platform.CrossChecks;

/// <summary>What one run of a year's checks did.</summary>
public sealed record CrossCheckSummary(
    int FiscalYear, int Forms, int Findings, IReadOnlyDictionary<string, int> ByCode, TimeSpan Read, TimeSpan Check, TimeSpan Write);

/// <summary>
/// Runs a year's checks across forms and years (docs/architecture.md#cross-checks): reads the year's forms and the
/// previous year's approved ones with <see cref="CrossCheckReader"/>, checks them with the pure
/// <see cref="CrossChecker"/>, and writes one <see cref="CrossCheckResult"/> per form by bulk copy, replacing the last
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
        if (results.Count > 0)
        {
            await store.BulkInsertAsync(results.ToList(), BulkInsertMode.OverwriteExisting, batchSize: 10_000, ct);
        }

        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<CrossCheckResult>(r => r.FiscalYear == fiscalYear && r.CheckedAt < checkedAt);
            await session.SaveChangesAsync(ct);
        }

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
}
