using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;
using PerfEval.Platform.Directories;
using PerfEval.Platform.Jobs;
using PerfEval.Platform.Reports;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Reports;

/// <summary>
/// Builds year-end reports: on demand (a report document queued by POST /api/reports) and on schedule (early
/// January, for the year before). Idempotent: a completed report is not built again, and the scheduled report of a
/// year has an id derived from the year.
/// </summary>
public sealed class YearReportJob(
    IDocumentStore store, YearReportBuilder builder, DirectoryStore directories, TimeProvider clock, ILogger<YearReportJob> logger)
    : IYearReportJob
{
    public const string RecurringId = "year-end-report";

    public static Guid ScheduledIdFor(int fiscalYear) => DeterministicGuid.From($"year-report:scheduled:{fiscalYear}");

    /// <summary>The scheduled run: the report of the fiscal year before today's (in Shanghai).</summary>
    public async Task<Guid> BuildPreviousYearAsync(CancellationToken ct)
    {
        var year = LocalDates.In(FiscalCalendar.DefaultTimeZone, clock.GetUtcNow()).Year - 1;
        var id = ScheduledIdFor(year);
        await using (var session = store.LightweightSession())
        {
            if (await session.LoadAsync<YearReport>(id, ct) is null)
            {
                session.Store(YearReport.Queued(id, year, Actor.System.Id, clock.GetUtcNow()));
                await session.SaveChangesAsync(ct);
            }
        }

        await BuildAsync(id, ct);
        return id;
    }

    /// <inheritdoc />
    public async Task BuildAsync(Guid reportId, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var report = await session.LoadAsync<YearReport>(reportId, ct)
            ?? throw new InvalidOperationException($"Report {reportId} does not exist.");
        using var _ = SerilogContext.PushProperty("CorrelationId", report.CorrelationId);
        if (report.Status == YearReportStatus.Completed)
        {
            logger.LogInformation("Report {ReportId} of {FiscalYear} is already built", reportId, report.FiscalYear);
            return;
        }

        session.Store(report with { Status = YearReportStatus.Running, Error = null });
        await session.SaveChangesAsync(ct);
        try
        {
            var data = await builder.DataAsync(report.FiscalYear, ct);
            var directory = (await directories.ReadAsync(ct)).Directory;
            session.Store(await YearReportBuilder.FilesAsync(reportId, data, directory));
            session.Store(report with
            {
                Status = YearReportStatus.Completed,
                CompletedAt = clock.GetUtcNow(),
                Forms = data.Forms.Count,
            });
            await session.SaveChangesAsync(ct);
            logger.LogInformation(
                "Report {ReportId} of {FiscalYear} built: {Forms} forms", reportId, report.FiscalYear, data.Forms.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await using var failed = store.LightweightSession();
            failed.Store(report with { Status = YearReportStatus.Failed, Error = e.Message });
            await failed.SaveChangesAsync(ct);
            logger.LogError(e, "Report {ReportId} of {FiscalYear} failed", reportId, report.FiscalYear);
            throw;
        }
    }
}
