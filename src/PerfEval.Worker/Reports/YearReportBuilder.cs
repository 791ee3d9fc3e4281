using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using PerfEval.Domain.Directories;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Reports;
using PerfEval.Platform.Yearly;

namespace PerfEval.Worker.Reports;

/// <summary>Reads a year's form facts and figures and produces the report's data, workbook and JSON.</summary>
public sealed class YearReportBuilder(IDocumentStore store, YearlyFiguresQuery figures, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<YearReportData> DataAsync(int fiscalYear, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var facts = await session.Query<YearlyFormFacts>().Where(f => f.FiscalYear == fiscalYear).ToListAsync(ct);
        var yearly = await figures.ForYearAsync(fiscalYear, null, ct);
        return YearReportData.From(fiscalYear, facts, yearly, clock.GetUtcNow());
    }

    /// <summary>The workbook and the JSON, written side by side: for a province's year each takes seconds.</summary>
    public static async Task<YearReportFile> FilesAsync(Guid reportId, YearReportData data, OrgDirectory? directory = null)
    {
        var xlsx = Task.Run(() => YearReportWorkbook.Write(data, directory));
        var json = Task.Run(() => JsonSerializer.Serialize(data, Json));
        return new YearReportFile { Id = reportId, Xlsx = await xlsx, Json = await json };
    }
}
