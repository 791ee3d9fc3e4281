using System.Diagnostics;
using System.Text;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>Runs a command to its end within a time limit and fails with its output when it does not succeed.</summary>
public static class Commands
{
    public static async Task<string> Run(
        string file, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        TimeSpan? timeout = null, bool check = true)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? TimeSpan.FromSeconds(60);
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"'{file} {string.Join(' ', start.ArgumentList)}' did not finish within {limit.TotalSeconds:0}s:\n{output}");
        }

        process.WaitForExit(); // drains the output events
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', start.ArgumentList)}' exited with {process.ExitCode}:\n{output}");
        }

        return output.ToString();
    }

    public static bool IsRoot => Environment.UserName == "root";
}
