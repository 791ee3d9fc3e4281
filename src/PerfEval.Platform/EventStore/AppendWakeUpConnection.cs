using Npgsql;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// Wakes the async daemon when events are committed: every process that appends sends a PostgreSQL notification
/// after the appending transaction's commit, in a statement of its own (<see cref="AppendNotifier"/>), and the
/// daemon listens for it (the worker's <c>DaemonWakeUp</c>). Both use this small pool of their own.
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
            MaxPoolSize = 1,
            MinPoolSize = 0,
            NoResetOnClose = true,
        }.ConnectionString);
        Listener = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = 1,
            MinPoolSize = 0,
            NoResetOnClose = false,
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
