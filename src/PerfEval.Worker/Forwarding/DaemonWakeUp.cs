using JasperFx.Events.Daemon.HighWater;
using PerfEval.Platform.EventStore;

namespace PerfEval.Worker.Forwarding;

/// <summary>
/// The async daemon's wait between its checks for new events: returns when a wake-up arrives, or at the daemon's
/// polling timeout; never sooner than <c>minimumInterval</c> after it last returned, and not while the bus forwarder
/// is still publishing its previous page (up to <see cref="BusyWaitLimit"/>).
/// </summary>
/// <remarks>
/// Each check that finds new events hands the forwarder a page, and the forwarder publishes and commits its pages one
/// after the other, a broker round trip and a commit each. Woken by every commit, the daemon cut the stream into
/// pages of a few events at 100 submissions/s and the forwarder fell seconds behind with a queue of them. With a
/// floor between checks a page holds what was committed meanwhile; and when publishing a page takes longer than the
/// floor (the machine short of CPU), the next check waits for it, so that page grows instead of a queue forming
/// behind it. A wake-up arriving while the daemon is checking is kept for its next wait, so no commit waits for the
/// polling timeout.
/// </remarks>
public sealed class DaemonWakeUp : IDaemonWakeup
{
    private readonly AppendWakeUpConnection _connection;
    private readonly TimeSpan _minimumInterval;
    private readonly ForwarderActivity? _forwarder;
    // Real time always: a test's fake clock must not stop the daemon.
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Lazy<Task> _listening;
    private long _lastReturnTimestamp;

    /// <summary>
    /// Longest wait for the forwarder to finish its page: while RabbitMQ is away it retries one page for as long as
    /// the outage lasts, and the projections go on meanwhile.
    /// </summary>
    public static readonly TimeSpan BusyWaitLimit = TimeSpan.FromMilliseconds(500);

    public DaemonWakeUp(
        AppendWakeUpConnection connection, TimeSpan minimumInterval, ForwarderActivity? forwarder, ILogger logger)
    {
        _connection = connection;
        _minimumInterval = minimumInterval;
        _forwarder = forwarder;
        _logger = logger;
        // Started by the first wait, so that a process without the daemon never opens the listening connection.
        _listening = new Lazy<Task>(() => Task.Run(() => ListenAsync(_lifetime.Token)));
    }

    /// <summary>When the last wait returned (a <see cref="TimeProvider.System"/> timestamp): the floor counts from it.</summary>
    public long LastReturnTimestamp => Interlocked.Read(ref _lastReturnTimestamp);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        _ = _listening.Value;
        await _signal.WaitAsync(timeout, token);

        var sinceLast = _clock.GetElapsedTime(Interlocked.Read(ref _lastReturnTimestamp));
        if (sinceLast < _minimumInterval)
        {
            await Task.Delay(_minimumInterval - sinceLast, _clock, token);
        }

        if (_forwarder?.WhenIdle is { IsCompleted: false } publishing)
        {
            await publishing.WaitAsync(BusyWaitLimit, _clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            token.ThrowIfCancellationRequested();
        }

        // Everything notified so far was committed before the check that follows this return.
        while (_signal.Wait(0, CancellationToken.None))
        {
        }

        Interlocked.Exchange(ref _lastReturnTimestamp, _clock.GetTimestamp());
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var failures = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = await _connection.Listener.OpenConnectionAsync(ct);
                conn.Notification += (_, _) => _signal.Release();
                await using (var listen = conn.CreateCommand())
                {
                    listen.CommandText = $"LISTEN \"{_connection.Channel}\"";
                    await listen.ExecuteNonQueryAsync(ct);
                }

                if (failures > 0)
                {
                    _logger.LogInformation("Listening for event-append wake-ups again on {Channel}", _connection.Channel);
                }

                failures = 0;
                // Whatever was committed while nobody listened is found by the next check.
                _signal.Release();
                while (!ct.IsCancellationRequested)
                {
                    await conn.WaitAsync(ct);
                }
            }
            catch (ObjectDisposedException)
            {
                // The pool is gone: the host is stopping.
                return;
            }
            catch (Exception error) when (!ct.IsCancellationRequested)
            {
                if (failures++ == 0)
                {
                    _logger.LogWarning(
                        error, "Lost the event-append wake-up on {Channel}; the daemon polls until it is back",
                        _connection.Channel);
                }

                await Task.Delay(TimeSpan.FromSeconds(Math.Min(failures, 5)), ct)
                    .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
    }
}
