using MassTransit;

namespace PerfEval.Worker.Forwarding;

/// <summary>
/// Waits, once per process, until the bus is healthy: its receive endpoints have declared and bound their queues, so
/// a message published from then on has a queue to go to. Later outages need no wait: the bindings are durable, and
/// a publish that fails is retried by its caller. While it waits it says why, every <c>report</c> interval.
/// </summary>
public sealed class BusReadiness(Func<BusHealthResult> check, ILogger logger, TimeSpan? poll = null, TimeSpan? report = null)
{
    private readonly TimeSpan _poll = poll ?? TimeSpan.FromMilliseconds(100);
    private readonly TimeSpan _report = report ?? TimeSpan.FromSeconds(30);
    private volatile bool _wasReady;

    public async ValueTask WaitAsync(CancellationToken ct)
    {
        if (_wasReady)
        {
            return;
        }

        var waiting = System.Diagnostics.Stopwatch.StartNew();
        var reported = TimeSpan.Zero;
        while (true)
        {
            var health = check();
            if (health.Status == BusHealthStatus.Healthy)
            {
                _wasReady = true;
                return;
            }

            if (waiting.Elapsed - reported >= _report)
            {
                reported = waiting.Elapsed;
                logger.LogWarning(
                    "Not publishing yet: the bus is {Status} after {Seconds:0.#} s ({Description})",
                    health.Status, reported.TotalSeconds, health.Description);
            }

            await Task.Delay(_poll, ct);
        }
    }
}
