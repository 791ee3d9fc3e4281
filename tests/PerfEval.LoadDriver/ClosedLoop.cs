using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>Runs workers that each repeat one call back to back until the time is up (closed loop).</summary>
public static class ClosedLoop
{
    public static async Task RunAsync(
        int workers, TimeSpan duration, Func<int, CancellationToken, Task> call, IEnumerable<LatencyRecorder> recorders,
        CancellationToken ct)
    {
        using var timeUp = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeUp.CancelAfter(duration);
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, workers).Select(async worker =>
        {
            while (!timeUp.IsCancellationRequested)
            {
                try
                {
                    await call(worker, timeUp.Token);
                }
                catch (OperationCanceledException) when (timeUp.IsCancellationRequested)
                {
                    // The call in flight when the time ran out is not counted.
                }
            }
        });
        await Task.WhenAll(loops);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        foreach (var recorder in recorders)
        {
            recorder.Seconds = seconds;
        }
    }
}
