using System.Diagnostics;
using System.Globalization;
using RabbitMQ.Client;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// A RabbitMQ node of the tests' own (unique node name, free ports, data, logs and config under /tmp, no plug-ins)
/// that a test may stop and start again on the same data, so durable queues and persistent messages survive as they
/// would in production. Started with Debian's server script directly (the /usr/sbin wrapper would switch to the
/// rabbitmq user); the Erlang cookie lives in the node's own HOME, which rabbitmqctl is given too.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private const string Scripts = "/usr/lib/rabbitmq/bin";
    private readonly DirectoryInfo _directory;
    private readonly Dictionary<string, string> _environment;
    private Process? _server;

    private PrivateRabbitMq(DirectoryInfo directory, int port)
    {
        _directory = directory;
        Port = port;
        Node = $"perfeval-fault-{Guid.NewGuid():N}"[..28] + "@localhost";
        var d = directory.FullName;
        _environment = new Dictionary<string, string>
        {
            ["HOME"] = d,
            ["RABBITMQ_NODENAME"] = Node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(d, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(d, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(d, "rabbitmq.conf"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(d, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(d, "enabled_plugins"),
            ["RABBITMQ_PLUGINS_EXPAND_DIR"] = Path.Combine(d, "plugins-expand"),
            ["RABBITMQ_GENERATED_CONFIG_DIR"] = Path.Combine(d, "generated"),
            ["RABBITMQ_FEATURE_FLAGS_FILE"] = Path.Combine(d, "feature_flags"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(d, "rabbitmq.pid"),
            // A node that fails to start writes its crash dump here, not into the directory the tests run from.
            ["ERL_CRASH_DUMP"] = Path.Combine(d, "erl_crash.dump"),
        };
    }

    public int Port { get; }

    public string Node { get; }

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}/";

    public static async Task<PrivateRabbitMq> StartAsync()
    {
        if (!File.Exists(Path.Combine(Scripts, "rabbitmq-server")))
        {
            throw new InvalidOperationException(
                $"The fault tests need RabbitMQ's scripts in {Scripts} (deploy/local/services.sh installs the package).");
        }

        var directory = Directory.CreateTempSubdirectory("perfeval-fault-mq-");
        var node = new PrivateRabbitMq(directory, FreePorts.Next());
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "rabbitmq.conf"), "loopback_users = none\n");
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "enabled_plugins"), "[].\n");
            await node.StartAgainAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Path.Combine(Scripts, "rabbitmq-server"))
        {
            WorkingDirectory = _directory.FullName,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(_directory.FullName, "server.out"), append: true) { AutoFlush = true };
        _server = Process.Start(start) ?? throw new InvalidOperationException("Could not start rabbitmq-server.");
        _server.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        try
        {
            // Waits for the pid file, then for the node's applications (the AMQP listener among them).
            await Ctl(TimeSpan.FromSeconds(120), "wait", _environment["RABBITMQ_PID_FILE"], "--timeout", "100");
        }
        catch (Exception e)
        {
            var output = File.Exists(Path.Combine(_directory.FullName, "server.out"))
                ? string.Join('\n', File.ReadLines(Path.Combine(_directory.FullName, "server.out")).TakeLast(30))
                : "";
            throw new InvalidOperationException($"The private RabbitMQ node {Node} did not start:\n{output}", e);
        }
    }

    /// <summary>Stops the node as an operator would; durable queues and persistent messages stay on disk.</summary>
    public async Task StopAsync()
    {
        await Ctl(TimeSpan.FromSeconds(90), "stop", _environment["RABBITMQ_PID_FILE"]);
        if (_server is not null)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _server.WaitForExitAsync(cts.Token);
            _server.Dispose();
            _server = null;
        }
    }

    public Task<string> Ctl(TimeSpan timeout, params string[] arguments) =>
        Commands.Run(Path.Combine(Scripts, "rabbitmqctl"), ["-n", Node, .. arguments], _environment, timeout);

    /// <summary>An AMQP connection of the test's own (no management plug-in needed).</summary>
    public Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { Uri = new Uri(ConnectionString), AutomaticRecoveryEnabled = false }.CreateConnectionAsync();

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            try
            {
                await Ctl(TimeSpan.FromSeconds(30), "stop", _environment["RABBITMQ_PID_FILE"]);
            }
            catch (Exception)
            {
                // Cleaning up after a failure: fall through to the kill.
            }

            if (!_server.HasExited)
            {
                _server.Kill(entireProcessTree: true);
            }
        }

        // The Erlang VM is a child of the script; a node that outlived it is found by its pid file.
        var pidFile = _environment["RABBITMQ_PID_FILE"];
        if (File.Exists(pidFile) && int.TryParse((await File.ReadAllTextAsync(pidFile)).Trim(), out var pid))
        {
            try
            {
                using var vm = Process.GetProcessById(pid);
                if (vm.ProcessName.StartsWith("beam", StringComparison.Ordinal))
                {
                    vm.Kill();
                }
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        _server?.Dispose();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
