using MassTransit;
using Microsoft.Extensions.Logging;
using PerfEval.Worker.Forwarding;

namespace PerfEval.IntegrationTests.Worker;

/// <summary>
/// The forwarder's wait for its bus: nothing is published before the receive endpoints are ready, the wait says why
/// it lasts, and once the bus was ready it never waits again (an outage later is the publish retries' business).
/// </summary>
public sealed class BusReadinessTests
{
    private static readonly BusHealthResult Healthy = BusHealthResult.Healthy("Ready", new Dictionary<string, EndpointHealthResult>());
    private static readonly BusHealthResult Starting = BusHealthResult.Unhealthy("Not ready: submission-intake", new InvalidOperationException("starting"), new Dictionary<string, EndpointHealthResult>());

    [Fact]
    public async Task Waits_until_the_bus_is_healthy_and_reports_while_it_waits()
    {
        var checks = 0;
        var logger = new ListLogger();
        var readiness = new BusReadiness(
            () => ++checks < 6 ? Starting : Healthy, logger, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(1));

        await readiness.WaitAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(6, checks);
        Assert.NotEmpty(logger.Warnings);
        Assert.All(logger.Warnings, w => Assert.Contains("Not ready: submission-intake", w));
    }

    [Fact]
    public async Task Once_the_bus_was_ready_it_no_longer_checks()
    {
        var checks = 0;
        var readiness = new BusReadiness(() => ++checks == 1 ? Healthy : Starting, new ListLogger(), TimeSpan.FromMilliseconds(5));

        await readiness.WaitAsync(CancellationToken.None);
        await readiness.WaitAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, checks);
    }

    [Fact]
    public async Task A_wait_for_a_bus_that_never_starts_ends_when_the_daemon_stops()
    {
        var readiness = new BusReadiness(() => Starting, new ListLogger(), TimeSpan.FromMilliseconds(5));
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => readiness.WaitAsync(stop.Token).AsTask());
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
