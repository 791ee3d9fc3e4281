using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Import;
using PerfEval.Domain.Sampling;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Yearly;
using PerfEval.Platform.Calendar;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Hosting;
using PerfEval.Platform.Sampling;
using PerfEval.Platform.Yearly;
using PerfEval.PlatformBenchmarks;
using PerfEval.TestOracles;
using PerfEval.Worker.Reports;

// Usage: dotnet run -c Release --project tests/PerfEval.PlatformBenchmarks -- [--forms 200000] [--reads 200]
//        [--schema bench_x] [--keep] [--probe] [--rebuild-only] [--draw-only] [--batch N] [--flush N] [--bulk true|false]
//        [--cross-checks] (only the checks across forms and years: CrossCheckBenchmark)
//        [--cross-checks-in-memory] (only CrossChecker over the generated forms, no database)
// Connection: PERFEVAL_POSTGRES (deploy/local/services.sh exports it). Works in a schema of its own (bench_*), dropped
// at the end unless --keep; --schema reuses a kept schema and skips seeding when it already holds events.
var forms = Arg("--forms", 200_000);
var departments = Arg("--departments", 100);
var reads = Arg("--reads", 200);
var schema = ArgText("--schema") ?? "bench_" + Guid.NewGuid().ToString("N")[..8];
var keep = args.Contains("--keep") || ArgText("--schema") is not null;
var connectionString = Environment.GetEnvironmentVariable("PERFEVAL_POSTGRES")
    ?? throw new InvalidOperationException("Set PERFEVAL_POSTGRES (source deploy/local/services.sh).");

var seedFile = Path.Combine(AppContext.BaseDirectory, "TestData", "seed-forms-2024.txt");
var seeds = FormImporter.Import(File.ReadAllBytes(seedFile), seedFile).Forms;
if (args.Contains("--cross-checks-in-memory"))
{
    CrossCheckBenchmark.InMemory(seeds, forms, departments);
    return;
}

var settings = "";
var options = EventStoreSetup.StoreBasics(connectionString, schema);
ManagementSetup.ConfigureStore(options);
{

    // Overrides of the yearly projection's rebuild settings, for comparing them (the defaults are the platform's).
    var yearly = options.Projections.All.OfType<YearlyFormFactsProjection>().Single();
    if (Arg("--batch", 0) is > 0 and var batchSize)
    {
        yearly.Options.BatchSize = batchSize;
    }

    if (ArgText("--flush") is { } flush)
    {
        yearly.Options.RebuildFlushThreshold = int.Parse(flush, CultureInfo.InvariantCulture);
    }

    if (ArgText("--bulk") is { } bulk)
    {
        options.Projections.RebuildWithBulkCopy = bool.Parse(bulk);
    }

    settings = $"batch size {yearly.Options.BatchSize}, rebuild flush threshold {yearly.Options.RebuildFlushThreshold}, bulk copy {options.Projections.RebuildWithBulkCopy}";
}

// The read models' columns and indexes as the platform has them: the yearly reads filter the facts on their columns
// (year, department, kind), and the checks across forms read the forms' snapshot columns.
ReadModelIndexes.Configure(options);

await using var store = new DocumentStore(options);
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
Console.WriteLine($"{DateTimeOffset.UtcNow:u} schema {schema}: {forms:N0} forms, {departments} departments; load average {LoadAverage()}");
var eventsTable = $"{schema}.mt_events";
var factsTable = ((IReadOnlyStoreOptions)store.Options).Schema.For<YearlyFormFacts>();

try
{
    if (args.Contains("--cross-checks"))
    {
        await CrossCheckBenchmark.RunAsync(store, seeds, forms, departments);
        return;
    }

    // 1. Seed: batched sessions appending whole streams (the async projection does not run while seeding).
    long events = await ScalarAsync($"select count(*) from {eventsTable}");
    var watch = Stopwatch.StartNew();
    if (events == 0)
    {
        var generator = new FormGenerator(seeds, departments, unitsPerDepartment: 20);
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
    }
    else
    {
        Console.WriteLine($"reusing {events:N0} events");
    }

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

    // A kept schema whose facts are complete: with --draw-only, draw at once (no baseline, no rebuild).
    if (args.Contains("--draw-only") && await ScalarAsync($"select count(*) from {factsTable}") >= forms)
    {
        Console.WriteLine($"reusing the facts of {forms:N0} forms");
        await DrawAsync();
        return;
    }

    // Baseline 1, measured now on the same machine: PostgreSQL reading every event's row (the columns a rebuild
    // reads, the JSON as text) into the process, without deserializing anything.
    watch.Restart();
    long rawBytes = 0;
    await using (var connection = await OpenAsync())
    await using (var command = new NpgsqlCommand(
        $"select seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, causation_id, headers, user_name from {eventsTable} order by seq_id",
        connection)
    { CommandTimeout = 0 })
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            rawBytes += reader.GetString(4).Length;
        }
    }

    var rawRead = watch.Elapsed;
    var rawRate = events / rawRead.TotalSeconds;
    Console.WriteLine($"baseline: raw read of all events' rows {rawRead.TotalSeconds:F1} s = {rawRate:N0} events/s ({rawBytes / 1024 / 1024:N0} MiB of JSON text)");

    // 2. Rebuild the yearly facts from every event, the tallies suspended (ProjectionRebuilder.RebuildYearlyFactsAsync,
    //    step by step to time each).
    using var daemon = await store.BuildProjectionDaemonAsync();
    Console.WriteLine($"rebuilding with {settings} (load average {LoadAverage()})");
    watch.Restart();
    await YearlyTallies.SuspendAsync(store, CancellationToken.None);
    await daemon.RebuildProjectionAsync<YearlyFormFactsProjection>(TimeSpan.FromMinutes(60), CancellationToken.None);
    var rebuild = watch.Elapsed;

    // Then the tallies counted afresh from the facts in one statement, and the trigger resumed.
    watch.Restart();
    await YearlyTallies.RecountAsync(store, CancellationToken.None);
    var recount = watch.Elapsed;
    var factCount = await ScalarAsync($"select count(*) from {factsTable}");
    var tallyRows = await ScalarAsync($"select count(*) from {schema}.{YearlyTallies.TableName}");
    var rebuildRate = events / (rebuild + recount).TotalSeconds;
    Console.WriteLine($"rebuild: {events:N0} events → {factCount:N0} facts in {rebuild.TotalSeconds:F1} s + tallies {recount.TotalSeconds:F1} s ({tallyRows:N0} rows) = {rebuildRate:N0} events/s (goal ≥ 20,000); {rebuildRate / rawRate:P0} of the raw read rate; without the tallies {events / rebuild.TotalSeconds:N0} events/s");

    // Untimed: the statistics autovacuum gathers after a rebuild (it rewrote every row of both tables).
    await ScalarAsync($"analyze {factsTable}");
    await ScalarAsync($"analyze {schema}.{YearlyTallies.TableName}");
    var random = new Random(7);
    string Department() => $"dept-{random.Next(departments):D3}";
    var calendars = new FiscalCalendars(store);
    var query = new YearlyFiguresQuery(store, calendars, TimeProvider.System);
    if (args.Contains("--rebuild-only"))
    {
        return;
    }

    if (args.Contains("--draw-only"))
    {
        await DrawAsync();
        return;
    }

    // Baseline 2: reading one department's facts rows (the JSON as text) and the whole year's.
    var rawDepartment = await TimeReads(reads, async () =>
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"select data from {factsTable} where fiscal_year = 2024 and department_id = @d", connection);
        command.Parameters.AddWithValue("d", Department());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reader.GetString(0);
        }
    });
    Console.WriteLine($"baseline: raw read of one department's facts rows: p50 {rawDepartment.P50:F1} ms, p95 {rawDepartment.P95:F1} ms");
    watch.Restart();
    await using (var connection = await OpenAsync())
    await using (var command = new NpgsqlCommand($"select data from {factsTable} where fiscal_year = 2024", connection))
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            reader.GetString(0);
        }
    }

    var rawYear = watch.Elapsed;
    Console.WriteLine($"baseline: raw read of the whole year's facts rows: {rawYear.TotalSeconds:F2} s");

    // 3. Yearly projection reads: one department and the whole year; from the tallies each time (cold), answered from
    //    the figures kept while the projection has not moved (warm), and added up from every form's facts as before
    //    the tallies (the same run's baseline).
    var fromFacts = await TimeReads(reads, () => FactsFigures.FromFactsAsync(query, store, 2024, Department(), CancellationToken.None));
    Console.WriteLine($"yearly read, one department (~{forms / departments:N0} forms), added up from the facts (before the tallies): p50 {fromFacts.P50:F1} ms, p95 {fromFacts.P95:F1} ms; {fromFacts.P95 / rawDepartment.P95:F2}× the raw read's p95");
    var cold = await TimeReads(reads, () => { query.Forget(); return query.ForYearAsync(2024, Department(), CancellationToken.None); });
    Console.WriteLine($"yearly read, one department, cold, from the tallies: p50 {cold.P50:F1} ms, p95 {cold.P95:F1} ms (goal p95 ≤ 20 ms); {fromFacts.P95 / cold.P95:F1}× faster than from the facts (p95)");
    for (var d = 0; d < departments; d++)
    {
        await query.ForYearAsync(2024, $"dept-{d:D3}", CancellationToken.None);
    }

    var warm = await TimeReads(reads, () => query.ForYearAsync(2024, Department(), CancellationToken.None));
    Console.WriteLine($"yearly read, one department, warm: p50 {warm.P50:F1} ms, p95 {warm.P95:F1} ms");
    var wholeFromFacts = await TimeReads(Math.Max(5, reads / 20), () => FactsFigures.FromFactsAsync(query, store, 2024, null, CancellationToken.None));
    Console.WriteLine($"yearly read, whole year ({forms:N0} forms), added up from the facts (before the tallies): p50 {wholeFromFacts.P50:F1} ms, p95 {wholeFromFacts.P95:F1} ms; {wholeFromFacts.P50 / rawYear.TotalMilliseconds:F2}× the raw read");
    var wholeCold = await TimeReads(Math.Max(20, reads / 10), () => { query.Forget(); return query.ForYearAsync(2024, null, CancellationToken.None); });
    Console.WriteLine($"yearly read, whole year, cold, from the tallies: p50 {wholeCold.P50:F1} ms, p95 {wholeCold.P95:F1} ms; {wholeFromFacts.P95 / wholeCold.P95:F1}× faster than from the facts (p95)");
    var wholeWarm = await TimeReads(reads, () => query.ForYearAsync(2024, null, CancellationToken.None));
    Console.WriteLine($"yearly read, whole year, warm: p50 {wholeWarm.P50:F1} ms, p95 {wholeWarm.P95:F1} ms");

    // The tallies' figures against the facts' for every department and the whole year (as JSON: values and scale).
    var same = 0;
    foreach (var department in Enumerable.Range(0, departments).Select(d => (string?)$"dept-{d:D3}").Append(null))
    {
        query.Forget();
        var tallied = await query.ForYearAsync(2024, department, CancellationToken.None);
        var added = await FactsFigures.FromFactsAsync(query, store, 2024, department, CancellationToken.None);
        same += JsonSerializer.Serialize(tallied) == JsonSerializer.Serialize(added) ? 1 : 0;
    }

    Console.WriteLine($"figures from the tallies equal those added up from the facts: {same} of {departments + 1} (every department and the whole year)");

    // 4. The year-end report: data, workbook and JSON.
    var builder = new YearReportBuilder(store, query, TimeProvider.System);
    watch.Restart();
    var data = await builder.DataAsync(2024, CancellationToken.None);
    var read = watch.Elapsed;
    var files = await YearReportBuilder.FilesAsync(Guid.NewGuid(), data);
    var total = watch.Elapsed;
    watch.Restart();
    YearReportWorkbook.Write(data);
    var xlsx = watch.Elapsed;
    watch.Restart();
    JsonSerializer.Serialize(data, YearReportBuilder.Json);
    var jsonTime = watch.Elapsed;
    Console.WriteLine($"year report: {data.Forms.Count:N0} rows in {total.TotalSeconds:F1} s (goal ≤ 10 s; reading and adding up {read.TotalSeconds:F1} s, then the files side by side; alone the workbook {xlsx.TotalSeconds:F1} s, the JSON {jsonTime.TotalSeconds:F1} s; xlsx {files.Xlsx.Length / 1024:N0} KiB, json {files.Json.Length / 1024:N0} KiB); {total / rawYear:F1}× the raw read of the year's facts");
    await DrawAsync();
    Console.WriteLine($"{DateTimeOffset.UtcNow:u} done; load average {LoadAverage()}");
}
finally
{
    if (!keep)
    {
        await using var connection = await OpenAsync();
        await using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

// 5. A sample draw (抽评) over the whole year: the population read from the yearly facts in SQL (a fifth of the forms
//    given findings across forms, counted in the database), the risk scores, hash and draw, and the draw recorded with
//    its population (event and documents in one transaction). The re-check tasks are not opened here: the benchmark
//    writes no form snapshots.
async Task DrawAsync()
{
    var ids = new List<Guid>();
    await using (var connection = await OpenAsync())
    await using (var command = new NpgsqlCommand($"select id from {factsTable} where fiscal_year = 2024", connection))
    await using (var reader = await command.ExecuteReaderAsync())
    {
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }
    }

    var finding = new Finding("CROSS_SAME_TEXT", Severity.Warning, "indicators[0].name", null, null, "同", "same");
    var checkedForms = ids.Where((_, i) => i % 5 == 0).Select(id => new CrossCheckResult
    {
        Id = id,
        FiscalYear = 2024,
        UnitId = "u",
        DepartmentId = "d",
        Findings = [new CrossFinding(finding), new CrossFinding(finding with { Severity = Severity.Error })],
    }).ToList();
    await store.BulkInsertAsync(checkedForms, Weasel.Core.BulkInsertMode.OverwriteExisting);
    await ScalarAsync($"analyze {((IReadOnlyStoreOptions)store.Options).Schema.For<CrossCheckResult>()}");

    var sampling = Options.Create(new SamplingOptions());
    var population = new SamplePopulationQuery(store, new UnitDeviationsFromFacts(store));
    var draws = new SampleDraws(store, population, new EvaluationCommands(store, NullLogger<EvaluationCommands>.Instance),
        sampling, TimeProvider.System, NullLogger<SampleDraws>.Instance);
    var manager = new Actor("bench-manager", "抽评经理", new HashSet<string> { Role.Manager }, null, new HashSet<string>());
    var context = new WriteContext(manager, "bench-draw");
    var wholeYear = new DrawRequest(2024, new SampleFilters(), new SampleSize(null, 0.01m), "bench-seed");
    var totals = new List<double>();
    for (var run = 0; run < 3; run++)
    {
        var watch = Stopwatch.StartNew();
        var result = await draws.RecordAsync(wholeYear, context, Guid.NewGuid(), "bench", CancellationToken.None);
        totals.Add(watch.Elapsed.TotalSeconds);
        Console.WriteLine($"draw {run + 1}: {result.Draw!.Drawn.Selected.Count:N0} of {result.Draw.Drawn.PopulationCount:N0} forms in {watch.Elapsed.TotalSeconds:F2} s (read, score, hash, draw and record)");
    }

    var split = Stopwatch.StartNew();
    var candidates = await population.ReadAsync(2024, new SampleFilters(), sampling.Value.Risk, CancellationToken.None);
    var read = split.Elapsed;
    split.Restart();
    var (drawn, _) = SampleDecisions.Draw(Guid.NewGuid(), 2024, new SampleFilters(), new SampleSize(null, 0.01m), "bench-seed", true,
        candidates, sampling.Value.Risk, manager);
    var decide = split.Elapsed;
    split.Restart();
    var export = await draws.ExportAsync((await draws.ListAsync(2024, CancellationToken.None))[0].Id, CancellationToken.None);
    var redraw = SampleVerification.Verify(export!);
    var verify = split.Elapsed;
    var department = await draws.RecordAsync(
        wholeYear with { Filters = new SampleFilters { DepartmentIds = ["dept-007"] }, Size = new SampleSize(10, null) },
        context, Guid.NewGuid(), "bench", CancellationToken.None);
    Console.WriteLine($"draw over the whole year ({candidates.Count:N0} forms, {checkedForms.Count:N0} with findings across forms): best {totals.Min():F2} s, worst {totals.Max():F2} s (goal ≤ 2 s); of which reading the population {read.TotalSeconds:F2} s, scoring, hashing and drawing {decide.TotalSeconds:F2} s ({drawn!.Selected.Count:N0} drawn); loading the stored population and redrawing it {verify.TotalSeconds:F2} s (matches: {redraw.Matches}); one department: {department.Draw!.Drawn.PopulationCount:N0} forms, {department.Draw.Drawn.Selected.Count} drawn");
}

async Task<NpgsqlConnection> OpenAsync()
{
    var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    return connection;
}

async Task<long> ScalarAsync(string sql)
{
    await using var connection = await OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
    return await command.ExecuteScalarAsync() is long n ? n : 0;
}

int Arg(string name, int fallback) => ArgText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

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
