using System.Data.Common;
using Npgsql;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The event store's connection string with the platform's session defaults, each applied only where the configured
/// string does not name the setting itself.
/// </summary>
/// <remarks>
/// <para>
/// <b>Max Auto Prepare = 100, Auto Prepare Min Usages = 2.</b> Marten sends the same few statements all day (the
/// documents' upserts, the event append, the loads by id); prepared once per connection, PostgreSQL stops parsing and
/// planning them on every call.
/// </para>
/// <para>
/// <b>No Reset On Close = true.</b> When a pooled connection comes back, Npgsql otherwise resets its session — with
/// prepared statements on it, six statements (close cursors, reset settings, UNLISTEN, release advisory locks, discard
/// sequences and temporary tables) sent ahead of the next command. The platform's own code keeps no session state on
/// these connections: transactions and transaction-scoped locks end with their commit. The daemon's leader lock and
/// wake-up were checked with these settings by the fault tests (two workers in hot/cold mode: one holds every shard's
/// lock, the other takes them all when it is killed; the wake-up keeps forwarding within the tests' bounds).
/// </para>
/// <para>
/// Measured with deploy/local/benchmark.sh (submit scenario, 50/s): the PostgreSQL CPU per run fell from 22.7 s to
/// 15.5 s with both, 17.7 s with auto-prepare alone, 20.4 s with no reset alone (docs/performance.md#round-3).
/// </para>
/// <para>
/// <b>default_toast_compression = lz4</b> (in <c>Options</c>, beside whatever else they hold). A form's snapshot is
/// about 5 KB of JSON and is rewritten on every event of its review; PostgreSQL compresses values over 2 KB, by default
/// with pglz, which was the largest single function of PostgreSQL's own code in a CPU profile of the submit scenario.
/// LZ4 (PostgreSQL 14 and later, built with it as Debian's and the usual container images are) rewrote the same
/// 7,200 snapshots in 0.44–0.65 s against 1.1–1.3 s. Values already stored keep their compression until rewritten.
/// </para>
/// </remarks>
public static class EventStoreConnection
{
    public static string WithSessionDefaults(string connectionString)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>()
            .Select(Normalize)
            .ToHashSet(StringComparer.Ordinal);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = 100;
        }

        if (!named.Contains("autoprepareminusages"))
        {
            builder.AutoPrepareMinUsages = 2;
        }

        if (!named.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        if (builder.Options?.Contains(ToastCompression, StringComparison.Ordinal) != true)
        {
            builder.Options = $"{builder.Options} -c {ToastCompression}=lz4".Trim();
        }

        return builder.ConnectionString;
    }

    private const string ToastCompression = "default_toast_compression";

    private static string Normalize(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
