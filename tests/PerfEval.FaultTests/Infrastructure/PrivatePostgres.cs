using Npgsql;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// A PostgreSQL 15 cluster of the tests' own (data directory under /tmp, a free loopback port, trust auth) that a
/// test may stop and start: the machine's shared server is never touched. PostgreSQL refuses to run as root, so as
/// root the cluster belongs to the `postgres` OS user.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private readonly DirectoryInfo _directory;

    private PrivatePostgres(DirectoryInfo directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public bool Running { get; private set; }

    private string DataDirectory => Path.Combine(_directory.FullName, "data");

    public string ConnectionString(string application = "perfeval-fault-tests") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Application Name={application};" +
        "Timeout=5;Command Timeout=30;Maximum Pool Size=40";

    public static async Task<PrivatePostgres> StartAsync()
    {
        if (!File.Exists(Path.Combine(Binaries, "initdb")))
        {
            throw new InvalidOperationException(
                $"The fault tests need PostgreSQL 15's server binaries in {Binaries} (deploy/local/services.sh installs them).");
        }

        var directory = Directory.CreateTempSubdirectory("perfeval-fault-pg-");
        var server = new PrivatePostgres(directory, FreePorts.Next());
        try
        {
            if (Commands.IsRoot)
            {
                await Commands.Run("chown", ["postgres:postgres", directory.FullName]);
            }

            await server.AsServerUser("initdb", "-D", server.DataDirectory, "-A", "trust", "-U", "postgres",
                "--no-sync", "-E", "UTF8", "--locale=C");
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task StartAgainAsync()
    {
        await AsServerUser("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_directory.FullName, "server.log"),
            "-w", "-t", "60", "-o",
            $"-p {Port} -k {_directory.FullName} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300",
            "start");
        Running = true;
    }

    /// <summary>Stops the server as an operator would (fast shutdown: sessions are ended).</summary>
    public async Task StopAsync()
    {
        await AsServerUser("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop");
        Running = false;
    }

    /// <summary>A connection of the test's own, unpooled so that none survives a restart as a broken pooled one.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString() + ";Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    private Task<string> AsServerUser(string program, params string[] arguments) =>
        Commands.IsRoot
            ? Commands.Run("runuser", ["-u", "postgres", "--", Path.Combine(Binaries, program), .. arguments],
                timeout: TimeSpan.FromSeconds(90))
            : Commands.Run(Path.Combine(Binaries, program), arguments, timeout: TimeSpan.FromSeconds(90));

    public async ValueTask DisposeAsync()
    {
        if (Running)
        {
            try
            {
                await AsServerUser("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop");
            }
            catch (Exception)
            {
                // Cleaning up after a failure: the directory goes anyway.
            }
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
