using Marten;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.CrossChecks;
using PerfEval.Platform.Jobs;

namespace PerfEval.Worker.Jobs;

/// <summary>
/// The checks across forms and years (docs/domain-rules.md#checks-across-forms-and-years): a year's run asked for by a
/// manager, and nightly for every open year (a fiscal calendar whose review deadline has not passed). Each run
/// replaces the year's results; the year's <see cref="CrossCheckRun"/> says how it went.
/// </summary>
public sealed class CrossCheckJob(
    IDocumentStore store, CrossCheckRunner runner, FiscalCalendars calendars, TimeProvider clock, ILogger<CrossCheckJob> logger) : ICrossCheckJob
{
    public const string RecurringId = "cross-checks";

    public async Task RunAsync(int fiscalYear, Guid runId, CancellationToken ct)
    {
        CrossCheckRun? run;
        await using (var query = store.QuerySession())
        {
            run = await query.LoadAsync<CrossCheckRun>(CrossCheckRun.IdFor(fiscalYear), ct);
        }

        if (run is null || run.RunId != runId)
        {
            // A later request replaced this one: its own job runs the year.
            logger.LogInformation("Cross-check run {RunId} of {FiscalYear} was replaced by a later one", runId, fiscalYear);
            return;
        }

        await SaveAsync(run with { Status = CrossCheckRunStatus.Running }, ct);
        try
        {
            var summary = await runner.RunAsync(fiscalYear, ct);
            await SaveAsync(run with
            {
                Status = CrossCheckRunStatus.Completed,
                CompletedAt = clock.GetUtcNow(),
                Forms = summary.Forms,
                Findings = summary.Findings,
                ByCode = summary.ByCode,
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await SaveAsync(run with { Status = CrossCheckRunStatus.Failed, Error = e.Message }, ct);
            throw;
        }
    }

    /// <summary>Nightly: every year whose calendar is open (today on or before its review deadline).</summary>
    public async Task RunOpenYearsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var calendar in await calendars.AllAsync(ct))
        {
            if (calendar.LocalDate(now) > calendar.ReviewDue)
            {
                continue;
            }

            var run = CrossCheckRun.Queued(calendar.FiscalYear, "schedule", now);
            await SaveAsync(run, ct);
            await RunAsync(calendar.FiscalYear, run.RunId, ct);
        }
    }

    private async Task SaveAsync(CrossCheckRun run, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Store(run);
        await session.SaveChangesAsync(ct);
    }
}
