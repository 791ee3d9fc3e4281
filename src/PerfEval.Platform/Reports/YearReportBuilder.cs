using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;

namespace PerfEval.Platform.Reports;

/// <summary>Reads a year's form facts and produces the report's data, workbook and JSON.</summary>
public sealed class YearReportBuilder(IDocumentStore store, FiscalCalendars calendars, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<YearReportData> DataAsync(int fiscalYear, CancellationToken ct)
    {
        var calendar = await calendars.ForYearAsync(fiscalYear, ct);
        await using var session = store.QuerySession();
        var facts = await session.Query<YearlyFormFacts>().Where(f => f.FiscalYear == fiscalYear).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var today = LocalDates.In(calendar?.TimeZone ?? FiscalCalendar.DefaultTimeZone, now);
        return YearReportData.From(fiscalYear, facts, today, calendar?.ReviewDue, now);
    }

    public static YearReportFile Files(Guid reportId, YearReportData data) => new()
    {
        Id = reportId,
        Xlsx = YearReportWorkbook.Write(data),
        Json = JsonSerializer.Serialize(data, Json),
    };
}
