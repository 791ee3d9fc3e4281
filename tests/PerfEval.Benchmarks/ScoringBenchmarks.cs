using BenchmarkDotNet.Attributes;
using PerfEval.Domain.Scoring;

namespace PerfEval.Benchmarks;

/// <summary>The rule engine on the five seed forms; each operation is one form.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int FormsPerInvoke = 5;

    [Benchmark(OperationsPerInvoke = FormsPerInvoke)]
    public int ScoreSeedForms()
    {
        var findings = 0;
        foreach (var form in SeedData.Forms)
        {
            findings += ScoringEngine.Score(form, ScoringProfile.Default).Findings.Count;
        }

        return findings;
    }
}
