using System.Globalization;
using PerfEval.LoadDriver;

// deploy/local/benchmark.sh starts everything and runs it; figures in docs/performance.md.
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(DriverOptions.Usage);
    return 0;
}

DriverOptions options;
try
{
    options = DriverOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"{e.Message}\n\n{DriverOptions.Usage}");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
// Hard bound on the whole run, whatever the scenario settings.
cancel.CancelAfter(TimeSpan.FromMinutes(15));
var ct = cancel.Token;

using var client = new LoadClient(options.BaseUrl);
var forms = SampleForms.Load(options.SeedCopiesPerFile);
var people = await Population.CreateAsync(client, options.Units, options.Departments, ct);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{options.BaseUrl}: {options.Units} units, {options.Departments} departments, {Environment.ProcessorCount} cores, scenarios {string.Join(",", options.Scenarios)}"));

// Warm-up, not measured: the first calls of each endpoint pay for JIT, Marten's generated code and pool growth.
await Warmup.RunAsync(client, people, forms, ct);

var rows = new List<LatencySummary>();
LatencySummary? import = null, create = null, visible = null, get = null, list = null;
var missing = 0;

if (options.Scenarios.Contains("import"))
{
    import = (await ImportScenario.ImportFilesAsync(client, people, forms, TimeSpan.FromSeconds(options.ImportSeconds), ct)).Summarize();
    rows.Add(import);
    Console.WriteLine($"import done: {import.Items} forms");
}

if (options.Scenarios.Contains("create"))
{
    create = (await ImportScenario.CreateDraftsAsync(client, people, forms, TimeSpan.FromSeconds(options.CreateSeconds), ct)).Summarize();
    rows.Add(create);
    Console.WriteLine($"create done: {create.Count} forms");
}

if (options.Scenarios.Contains("submit"))
{
    var warmupRate = Math.Max(1, options.SubmitRate / 4);
    var needed = (options.SubmitRate * options.SubmitSeconds + warmupRate * options.SubmitWarmupSeconds) / options.Units + 2;
    await ImportScenario.EnsureDraftsAsync(client, people, forms, needed, ct);
    if (options.SubmitWarmupSeconds > 0)
    {
        var warm = await SubmitScenario.RunAsync(client, people, warmupRate,
            TimeSpan.FromSeconds(options.SubmitWarmupSeconds), options, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"submit warm-up (not measured): {warm.Submit.Count} at {warmupRate}/s, task visible p95 {warm.Visible.Summarize().P95:F0} ms"));
    }

    // benchmark.sh reads this line to take the stage breakdown from the measured submissions only.
    Console.WriteLine($"measured submissions from {DateTime.UtcNow:O}");
    var metrics = await SubmitScenario.RunAsync(client, people, options.SubmitRate,
        TimeSpan.FromSeconds(options.SubmitSeconds), options, ct);
    // The submissions' reviews are done (or given up on) by now: benchmark.sh counts the CPU and commits in between.
    Console.WriteLine($"measured submissions until {DateTime.UtcNow:O}");
    var summaries = metrics.All.Select(r => r.Summarize()).ToList();
    rows.AddRange(summaries);
    visible = summaries[1];
    missing = metrics.Missing;
    Console.WriteLine($"submit done: {metrics.Submit.Count} submitted, {missing} tasks not visible within 10 s");
}

if (options.Scenarios.Contains("reads"))
{
    await ImportScenario.EnsureDraftsAsync(client, people, forms, 1, ct);
    var (g, l) = await ReadScenario.RunAsync(
        client, people, options.ReadUsers, TimeSpan.FromSeconds(options.ReadSeconds), TimeSpan.Zero, ct);
    get = g.Summarize();
    list = l.Summarize();
    rows.Add(get);
    rows.Add(list);
}

LatencySummary? browseGet = null, browseList = null;
if (options.Scenarios.Contains("browse"))
{
    await ImportScenario.EnsureDraftsAsync(client, people, forms, 1, ct);
    var (g, l) = await ReadScenario.RunAsync(client, people, options.ReadUsers, TimeSpan.FromSeconds(options.ReadSeconds),
        TimeSpan.FromMilliseconds(options.ThinkMilliseconds), ct);
    browseGet = g.Summarize();
    browseList = l.Summarize();
    rows.Add(browseGet);
    rows.Add(browseList);
}

CapacityResult? capacity = null;
if (options.Scenarios.Contains("capacity"))
{
    if (!options.Scenarios.Contains("submit") && options.SubmitWarmupSeconds > 0)
    {
        // A warm-up like the submit scenario's (unmeasured, slower), so the first step is not measured while the path is compiled.
        var warmupRate = Math.Max(1, options.CapacityFrom / 2);
        await ImportScenario.EnsureDraftsAsync(client, people, forms, warmupRate * options.SubmitWarmupSeconds / options.Units + 2, ct);
        await SubmitScenario.RunAsync(client, people, warmupRate, TimeSpan.FromSeconds(options.SubmitWarmupSeconds), options, ct);
    }

    capacity = await CapacityScenario.RunAsync(client, people, forms, options, ct);
    Console.WriteLine($"capacity done: {capacity.Steps.Sum(s => s.Submitted)} submitted in {capacity.Steps.Count} steps");
}

Report.Table(rows);
Console.WriteLine();
if (import is not null)
{
    Report.Goal("bulk import (files)", import.ItemsPerSecond, ">=", 1000, "forms/s");
    if (options.PgbenchTps > 0)
    {
        Report.Goal($"bulk import / pgbench TPC-B ({options.PgbenchTps:F0} tps)", 100 * import.ItemsPerSecond / options.PgbenchTps, ">=", 40, "%");
    }
}

if (create is not null && options.PgbenchTps > 0)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"- single JSON drafts: {create.RequestsPerSecond:F0} forms/s = {100 * create.RequestsPerSecond / options.PgbenchTps:F0} % of pgbench TPC-B"));
}

if (visible is not null)
{
    Report.Goal($"submit → task visible p95 at {options.SubmitRate}/s (poll every {options.PollMilliseconds} ms by {(options.OneWatcher ? "one watcher" : "each reviewer")}, {(options.Approve ? "claimed and approved" : "claimed, not approved")}, {missing} missing)", visible.P95, "<=", 250, "ms");
}

if (get is not null && list is not null)
{
    // Not the goal: with no think time all users always have a request in flight, so the latency only says how long
    // the queue is (Little's law: the mean is users / throughput). The goal is read with think time (browse).
    foreach (var (what, summary) in new[] { ("GET by id", get), ("GET list", list) })
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- {what} without think time, {options.ReadUsers} requests always in flight (stress figure, not a goal): {summary.RequestsPerSecond:F0} req/s, p95 {summary.P95:F1} ms"));
    }
}

if (browseGet is not null && browseList is not null)
{
    Report.Goal($"GET by id p95 at {options.ReadUsers} users, {options.ThinkMilliseconds} ms think time", browseGet.P95, "<=", 20, "ms");
    Report.Goal($"GET list p95 at {options.ReadUsers} users, {options.ThinkMilliseconds} ms think time", browseList.P95, "<=", 20, "ms");
}

if (capacity is not null)
{
    // A figure, not a pass/fail: the step that missed is how the edge is found.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"- capacity: {capacity.Capacity} submissions/s, the highest rate whose submit → task visible p95 stayed <= {CapacityScenario.GoalP95Ms} ms (steps of {options.CapacityStep}/s from {options.CapacityFrom}/s, {options.CapacitySeconds} s each, claimed and approved{(capacity.FoundEdge ? "" : $"; every step held up to --capacity-max {options.CapacityMax}/s")})"));
}

return rows.Any(r => r.Errors > 0) || missing > 0 ? 1 : 0;
