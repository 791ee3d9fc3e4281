using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Yearly;

namespace PerfEval.Platform.Reports;

/// <summary>
/// Reads a year's form facts and produces the report's data, workbook and JSON. The facts are read with SQL
/// (<see cref="YearlyFactsSql"/>): the figures as PostgreSQL's per-unit tallies, and the rows as columns streamed
/// beside them, rather than as a province's worth of documents.
/// </summary>
public sealed class YearReportBuilder(IDocumentStore store, FiscalCalendars calendars, TimeProvider clock)
{
    private readonly YearlyFactsSql _sql = new(store);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<YearReportData> DataAsync(int fiscalYear, CancellationToken ct)
    {
        var calendar = await calendars.ForYearAsync(fiscalYear, ct);
        var now = clock.GetUtcNow();
        var today = LocalDates.In(calendar?.TimeZone ?? FiscalCalendar.DefaultTimeZone, now);
        var tallies = _sql.UnitTalliesAsync(fiscalYear, null, today, calendar?.ReviewDue, ct);
        var rows = _sql.FormRowsAsync(fiscalYear, ct).ToListAsync(ct).AsTask();
        var figures = YearlyAggregation.FromUnits(fiscalYear, null, await tallies);
        return YearReportData.Of(fiscalYear, now, figures, await rows);
    }

    /// <summary>The workbook and the JSON, written side by side: for a province's year each takes seconds.</summary>
    public static async Task<YearReportFile> FilesAsync(Guid reportId, YearReportData data)
    {
        var xlsx = Task.Run(() => YearReportWorkbook.Write(data));
        var json = Task.Run(() => JsonSerializer.Serialize(data, Json));
        return new YearReportFile { Id = reportId, Xlsx = await xlsx, Json = await json };
    }
}
