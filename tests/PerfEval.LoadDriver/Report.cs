using System.Globalization;

namespace PerfEval.LoadDriver;

/// <summary>The summary table and the goals, as Markdown so that it pastes into docs/performance.md unchanged.</summary>
public static class Report
{
    public static void Table(IEnumerable<LatencySummary> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| operation | requests | errors | req/s | forms/s | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Count} | {r.Errors} | {r.RequestsPerSecond:F1} | {(r.Items != r.Count ? r.ItemsPerSecond.ToString("F0", CultureInfo.InvariantCulture) : "")} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.Max:F1} |"));
        }
    }

    public static void Goal(string what, double measured, string op, double target, string unit)
    {
        var met = op == ">=" ? measured >= target : measured <= target;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- {what}: {measured:F1} {unit} (goal {op} {target} {unit}) — {(met ? "met" : "NOT met")}"));
    }
}
