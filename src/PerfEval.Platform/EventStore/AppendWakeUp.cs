using System.Threading.Channels;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PerfEval.Platform.Messaging;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// Wakes the async daemon when events are committed: every process that appends sends a PostgreSQL notification
/// after the appending transaction's commit, in a statement of its own (<see cref="AppendNotifier"/>), and the
/// daemon listens for it (<see cref="DaemonWakeUp"/>). Both use this small pool of their own.
/// </summary>
/// <remarks>
/// <para>
/// Marten's own wake-up (<c>UseListenNotifyForEventAppends</c>) adds <c>pg_notify</c> to every appending transaction.
/// PostgreSQL commits transactions that sent a notification one at a time: each holds a database-wide lock from its
/// commit until its commit record is flushed to disk, so under load every append queues behind the others' flushes.
/// A notification sent alone writes no commit record and holds that lock only for a moment; appending transactions
/// no longer take it at all.
/// </para>
/// <para>
/// The wake-up is a shortcut, not a delivery path: if a notification is lost (the database away, the listener
/// reconnecting) the daemon still finds the events at its next poll.
/// </para>
/// </remarks>
public sealed class AppendWakeUpConnection : IAsyncDisposable
{
    public AppendWakeUpConnection(string connectionString, string schema)
    {
        // One connection sends the notifications, one listens for them. A notification changes nothing of its
        // session, so the sender's connection goes back to its pool without the reset (six statements a send); the
        // listener's is reset as usual, which ends its LISTEN.
        Sender = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 1, MinPoolSize = 0, NoResetOnClose = true,
        }.ConnectionString);
        Listener = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 1, MinPoolSize = 0, NoResetOnClose = false,
        }.ConnectionString);
        Channel = ChannelFor(schema);
    }

    public NpgsqlDataSource Sender { get; }

    public NpgsqlDataSource Listener { get; }

    /// <summary>The notification channel of this event store (its schema's), so stores sharing a database keep apart.</summary>
    public string Channel { get; }

    public static string ChannelFor(string schema)
    {
        var channel = "perfeval_events_" + schema;
        return channel.Length <= 63 ? channel : channel[..63];
    }

    public async ValueTask DisposeAsync()
    {
        await Sender.DisposeAsync();
        await Listener.DisposeAsync();
    }
}

/// <summary>
/// Sends the wake-up after commits that appended events. Commits only raise a flag: one notification at a time is
/// in flight per process, at most one per <c>pace</c>, and every commit made meanwhile is covered by the next one.
/// </summary>
/// <remarks>
/// Each notification wakes the listening backend and the daemon's process. The daemon checks no more often than its
/// floor (<see cref="DaemonWakeUp"/>), so notifications closer together than half of it wake it no sooner: at 100
/// submissions a second, with their reviews, appending commits come every few milliseconds.
/// </remarks>
public sealed class AppendNotifier(AppendWakeUpConnection connection, TimeSpan pace, ILogger<AppendNotifier> logger)
    : DocumentSessionListenerBase, IHostedService
{
    private readonly Channel<bool> _pending = System.Threading.Channels.Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private long _sent;

    /// <summary>Notifications sent so far.</summary>
    public long Sent => Interlocked.Read(ref _sent);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetStreams().Any())
        {
            Raise();
        }

        return Task.CompletedTask;
    }

    /// <summary>Asks for a notification; a request made while one is pending is covered by it.</summary>
    public void Raise() => _pending.Writer.TryWrite(true);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(() => SendLoopAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_loop is { } loop)
        {
            await loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task SendLoopAsync(CancellationToken ct)
    {
        try
        {
            while (await _pending.Reader.WaitToReadAsync(ct))
            {
                _pending.Reader.TryRead(out _);
                try
                {
                    await using var command = connection.Sender.CreateCommand("select pg_notify($1, '')");
                    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = connection.Channel });
                    await command.ExecuteNonQueryAsync(ct);
                    Interlocked.Increment(ref _sent);
                    if (pace > TimeSpan.Zero)
                    {
                        await Task.Delay(pace, ct);
                    }
                }
                catch (Exception error) when (!ct.IsCancellationRequested)
                {
                    // The daemon polls anyway; a failed wake-up only delays it until then.
                    logger.LogDebug(error, "Could not send the event-append wake-up");
                    await Task.Delay(TimeSpan.FromSeconds(1), ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}

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
        while (_signal.Wait(0))
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
