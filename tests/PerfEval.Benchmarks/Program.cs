using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using PerfEval.Benchmarks;

// --quick: a stopwatch check in seconds. Otherwise BenchmarkDotNet, in-process (the solution's central package
// management and warnings-as-errors would also apply to a generated benchmark project), e.g. --filter '*' --job short.
if (args.Contains("--quick"))
{
    QuickRun.Run(Console.Out);
    return 0;
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .AddColumn(new FormsPerSecondColumn());
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SeedData).Assembly).Run(args, config);
return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
