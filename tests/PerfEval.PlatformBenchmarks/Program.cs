using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using PerfEval.Domain.Import;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.Management;
using PerfEval.Platform.Reports;
using PerfEval.Platform.Yearly;
using PerfEval.PlatformBenchmarks;
using Weasel.Core;

// Usage: dotnet run -c Release --project tests/PerfEval.PlatformBenchmarks -- [--forms 200000] [--keep]
// Connection: PERFEVAL_POSTGRES (deploy/local/services.sh exports it). Works in a schema of its own, dropped at the end.
var forms = Arg("--forms", 200_000);
var departments = Arg("--departments", 100);
var reads = Arg("--reads", 200);
var keep = args.Contains("--keep");
var connectionString = Environment.GetEnvironmentVariable("PERFEVAL_POSTGRES")
    ?? throw new InvalidOperationException("Set PERFEVAL_POSTGRES (source deploy/local/services.sh).");
var schema = "bench_" + Guid.NewGuid().ToString("N")[..8];

var seedFile = Path.Combine(AppContext.BaseDirectory, "TestData", "seed-forms-2024.txt");
var seeds = FormImporter.Import(File.ReadAllBytes(seedFile), seedFile).Forms;

await using var store = DocumentStore.For(options =>
{
    options.Connection(connectionString);
    options.DatabaseSchemaName = schema;
    options.Events.DatabaseSchemaName = schema;
    options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
    options.AutoCreateSchemaObjects = JasperFx.AutoCreate.CreateOrUpdate;
    options.Events.MetadataConfig.CorrelationIdEnabled = true;
    options.Events.MetadataConfig.HeadersEnabled = true;
    options.Events.MetadataConfig.UserNameEnabled = true;
    ManagementSetup.ConfigureStore(options);
});
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
Console.WriteLine($"schema {schema}: {forms:N0} forms, {departments} departments");

try
{
    // 1. Seed: batched sessions appending whole streams (the async projection does not run while seeding).
    var generator = new FormGenerator(seeds, departments, unitsPerDepartment: 20);
    var watch = Stopwatch.StartNew();
    long events = 0;
    const int batch = 1000;
    var pending = new List<Task>();
    using var gate = new SemaphoreSlim(4);
    for (var start = 0; start < forms; start += batch)
    {
        var streams = Enumerable.Range(start, Math.Min(batch, forms - start)).Select(generator.Next).ToList();
        events += streams.Sum(s => s.Events.Length);
        await gate.WaitAsync();
        pending.Add(Task.Run(async () =>
        {
            try
            {
                await using var session = store.LightweightSession();
                foreach (var (id, streamEvents) in streams)
                {
                    session.Events.StartStream(id, streamEvents);
                }

                await session.SaveChangesAsync();
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    await Task.WhenAll(pending);
    Console.WriteLine($"seeded {events:N0} events in {watch.Elapsed.TotalSeconds:F1} s ({events / watch.Elapsed.TotalSeconds:N0} events/s)");

    if (args.Contains("--probe"))
    {
        watch.Restart();
        await using var raw = store.QuerySession();
        var all = await raw.Events.QueryAllRawEvents().ToListAsync();
        Console.WriteLine($"probe: read and deserialized {all.Count:N0} events in {watch.Elapsed.TotalSeconds:F1} s");
        var serializer = store.Options.Serializer();
        foreach (var type in all.Select(e => e.Data.GetType()).Distinct())
        {
            var sample = all.First(e => e.Data.GetType() == type).Data;
            var json = serializer.ToJson(sample);
            watch.Restart();
            for (var i = 0; i < 5000; i++)
            {
                using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
                serializer.FromJson(type, stream);
            }

            Console.WriteLine($"probe: {type.Name} {json.Length} chars, {watch.Elapsed.TotalMilliseconds * 1000 / 5000:F1} µs each");
        }
    }

    // 2. Rebuild the yearly facts from every event.
    using var daemon = await store.BuildProjectionDaemonAsync();
    watch.Restart();
    await daemon.RebuildProjectionAsync(typeof(YearlyFormFactsProjection), TimeSpan.FromMinutes(60), CancellationToken.None);
    var rebuild = watch.Elapsed;
    await using (var check = store.QuerySession())
    {
        var facts = await check.Query<PerfEval.Domain.Yearly.YearlyFormFacts>().CountAsync();
        Console.WriteLine($"rebuild: {events:N0} events → {facts:N0} facts in {rebuild.TotalSeconds:F1} s = {events / rebuild.TotalSeconds:N0} events/s (goal ≥ 20,000)");
    }

    // 3. Yearly projection reads: one department, and the whole year; computed from the facts each time (cold), and
    //    answered from the figures kept while the projection has not moved (warm).
    var calendars = new FiscalCalendars(store);
    var query = new YearlyFiguresQuery(store, calendars, TimeProvider.System);
    var random = new Random(7);
    string Department() => $"dept-{random.Next(departments):D3}";
    var cold = await TimeReads(reads, () => { query.Forget(); return query.ForYearAsync(2024, Department(), CancellationToken.None); });
    Console.WriteLine($"yearly read, one department (~{forms / departments:N0} forms), cold: p50 {cold.P50:F1} ms, p95 {cold.P95:F1} ms (goal p95 ≤ 20 ms)");
    for (var d = 0; d < departments; d++)
    {
        await query.ForYearAsync(2024, $"dept-{d:D3}", CancellationToken.None);
    }

    var warm = await TimeReads(reads, () => query.ForYearAsync(2024, Department(), CancellationToken.None));
    Console.WriteLine($"yearly read, one department, warm: p50 {warm.P50:F1} ms, p95 {warm.P95:F1} ms");
    var wholeCold = await TimeReads(Math.Max(5, reads / 20), () => { query.Forget(); return query.ForYearAsync(2024, null, CancellationToken.None); });
    Console.WriteLine($"yearly read, whole year ({forms:N0} forms), cold: p50 {wholeCold.P50:F1} ms, p95 {wholeCold.P95:F1} ms");
    var wholeWarm = await TimeReads(reads, () => query.ForYearAsync(2024, null, CancellationToken.None));
    Console.WriteLine($"yearly read, whole year, warm: p50 {wholeWarm.P50:F1} ms, p95 {wholeWarm.P95:F1} ms");

    // 4. The year-end report: data, workbook and JSON.
    var builder = new YearReportBuilder(store, calendars, TimeProvider.System);
    watch.Restart();
    var data = await builder.DataAsync(2024, CancellationToken.None);
    var read = watch.Elapsed;
    var files = await YearReportBuilder.FilesAsync(Guid.NewGuid(), data);
    var total = watch.Elapsed;
    watch.Restart();
    PerfEval.Platform.Reports.YearReportWorkbook.Write(data);
    var xlsx = watch.Elapsed;
    Console.WriteLine($"year report: {data.Forms.Count:N0} rows in {total.TotalSeconds:F1} s (reading and adding up {read.TotalSeconds:F1} s, of the files the workbook alone {xlsx.TotalSeconds:F1} s; xlsx {files.Xlsx.Length / 1024:N0} KiB, json {files.Json.Length / 1024:N0} KiB) (goal ≤ 10 s)");
}
finally
{
    if (!keep)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
}

static async Task<(double P50, double P95)> TimeReads(int count, Func<Task> read)
{
    await read(); // warm up: connection pool, query plan
    var times = new List<double>(count);
    for (var i = 0; i < count; i++)
    {
        var watch = Stopwatch.StartNew();
        await read();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return (times[(int)(count * 0.5)], times[Math.Min(count - 1, (int)Math.Ceiling(count * 0.95) - 1)]);
}
