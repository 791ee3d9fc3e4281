using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// Sends the wake-up after commits that appended events. Commits only raise a flag: one notification at a time is
/// in flight per process, at most one per <c>pace</c>, and every commit made meanwhile is covered by the next one.
/// </summary>
/// <remarks>
/// Each notification wakes the listening backend and the daemon's process. The daemon checks no more often than its
/// floor (the worker's <c>DaemonWakeUp</c>), so notifications closer together than half of it wake it no sooner: at 100
/// submissions a second, with their reviews, appending commits come every few milliseconds.
/// </remarks>
[SuppressMessage(
    "Reliability",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "The stop source is cancelled in StopAsync and has no timer to free; disposing it while the send loop may still observe its token would risk ObjectDisposedException at shutdown.")]
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
