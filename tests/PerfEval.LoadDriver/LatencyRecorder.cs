using System.Collections.Concurrent;
using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>Latencies of one operation, in Stopwatch ticks, with its errors and the span it ran over.</summary>
public sealed class LatencyRecorder(string name)
{
    private readonly ConcurrentBag<long> _ticks = [];
    private long _errors;
    private long _items;

    public string Name { get; } = name;
    public long Errors => Interlocked.Read(ref _errors);
    public int Count => _ticks.Count;

    /// <summary>Things done besides requests (forms stored by one import request, for instance).</summary>
    public long Items => Interlocked.Read(ref _items);

    public double Seconds { get; set; }

    public void Record(long startTimestamp, long endTimestamp, int itemCount = 1)
    {
        _ticks.Add(endTimestamp - startTimestamp);
        Interlocked.Add(ref _items, itemCount);
    }

    public void Error() => Interlocked.Increment(ref _errors);

    /// <summary>Percentiles by nearest rank over every sample (runs are small enough to keep them all).</summary>
    public LatencySummary Summarize()
    {
        var sorted = _ticks.ToArray();
        Array.Sort(sorted);
        double Ms(double p) => sorted.Length == 0
            ? double.NaN
            : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
        return new LatencySummary(
            Name, sorted.Length, Errors, Items, Seconds, Ms(0.50), Ms(0.95), Ms(0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1] * 1000.0 / Stopwatch.Frequency);
    }
}

public sealed record LatencySummary(
    string Name, int Count, long Errors, long Items, double Seconds, double P50, double P95, double P99, double Max)
{
    public double RequestsPerSecond => Seconds > 0 ? Count / Seconds : double.NaN;
    public double ItemsPerSecond => Seconds > 0 ? Items / Seconds : double.NaN;
}
