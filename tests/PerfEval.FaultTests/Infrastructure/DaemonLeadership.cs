using Npgsql;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// Who runs the async daemon's shards in hot/cold mode. Marten takes one PostgreSQL advisory lock per shard (each
/// async projection and subscription) on the connection of the node that runs it, and a node that cannot get the
/// lock stays cold. pg_locks shows who holds them; each worker connects with its own application name. The shards
/// are those with a row in the event progression table (written once a shard has processed events).
/// </summary>
public sealed class DaemonLeadership(Scenario scenario)
{
    public sealed record Snapshot(IReadOnlyList<string> Shards, IReadOnlyList<(string Holder, long Key)> Locks)
    {
        public IReadOnlyList<string> Holders => Locks.Select(l => l.Holder).Distinct().Order().ToArray();

        /// <summary>The daemon's locks are all held by one and the same worker.</summary>
        public bool HasOneLeader => Locks.Count > 0 && Holders.Count == 1;

        public override string ToString() =>
            $"shards [{string.Join(", ", Shards)}]; daemon locks held [{string.Join(", ", Locks.Select(l => $"{l.Holder}:{l.Key}"))}]";
    }

    public async Task<Snapshot> ReadAsync()
    {
        await using var connection = await scenario.OpenDatabaseAsync();
        var shards = new List<string>();
        try
        {
            await using var command = new NpgsqlCommand(
                $"select name from {scenario.Schema}.mt_event_progression where name not like 'HighWater%' order by 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                shards.Add(reader.GetString(0));
            }
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
        }

        var locks = new List<(string, long)>();
        await using (var command = new NpgsqlCommand(
            """
            select a.application_name, (l.classid::bigint << 32) | l.objid::bigint
            from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted and a.application_name like 'worker-%'
            order by 1, 2
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                locks.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return new Snapshot(shards, locks);
    }

    /// <summary>Waits until one worker holds every shard's lock, and returns who.</summary>
    public async Task<Snapshot> WaitForOneLeaderAsync(Func<Snapshot, bool>? also = null)
    {
        Snapshot? last = null;
        await Eventually.Until(async () => (last = await ReadAsync()).HasOneLeader && (also?.Invoke(last) ?? true),
            "one worker to lead every daemon shard", TimeSpan.FromSeconds(90),
            () => Task.FromResult(last?.ToString() ?? "nothing"));
        return last!;
    }
}
