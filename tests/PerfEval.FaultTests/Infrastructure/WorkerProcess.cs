using System.Collections.Concurrent;
using System.Diagnostics;
using PerfEval.TestFiles;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// The real PerfEval.Worker, started from its build output as a child process (`dotnet PerfEval.Worker.dll`) with
/// its settings in environment variables. Its console log is kept, line by line, for the test to read.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly StreamWriter _log;
    private readonly Process _process;

    private WorkerProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        _process = process;
        _log = log;
    }

    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public int CountLines(string fragment) => _lines.Count(l => l.Contains(fragment, StringComparison.Ordinal));

    public static WorkerProcess Start(string name, IReadOnlyDictionary<string, string> settings, string logDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(BuildOutput.WorkerDll)!,
        };
        start.ArgumentList.Add(BuildOutput.WorkerDll);
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        var log = new StreamWriter(Path.Combine(logDirectory, name + ".log"), append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the worker.");
        var worker = new WorkerProcess(name, process, log);
        process.OutputDataReceived += (_, e) => worker.Record(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        lock (_log)
        {
            _log.WriteLine(line);
        }
    }

    /// <summary>SIGKILL, as a crash or `kill -9` would: no shutdown, no acknowledgements, no lock release.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (Exception)
        {
            // Best effort: the process may be gone already.
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}

/// <summary>Where the solution's build put the worker: beside the tests' own configuration (Debug or Release).</summary>
public static class BuildOutput
{
    public static string WorkerDll { get; } = FindWorker();

    private static string FindWorker()
    {
        // The tests run from tests/PerfEval.FaultTests/bin/<Configuration>/<TargetFramework>/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var dll = Path.Combine(Repository.Root, "src", "PerfEval.Worker", "bin", configuration, framework.Name,
            "PerfEval.Worker.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"The worker is not built at {dll}: build the solution first.");
    }
}
