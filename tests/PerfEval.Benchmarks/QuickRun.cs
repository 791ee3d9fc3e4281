using System.Diagnostics;
using System.Globalization;
using PerfEval.Domain.Import.Pdf;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Scoring;

namespace PerfEval.Benchmarks;

/// <summary>
/// A few seconds' sanity check of throughput with a stopwatch (no BenchmarkDotNet statistics): for a quick look,
/// not for the figures in docs/benchmarks/rule-engine.md.
/// </summary>
internal static class QuickRun
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(2);

    public static void Run(TextWriter output)
    {
        var forms = SeedData.Forms;
        output.WriteLine($"seed: {forms.Count} forms; one thread; {Duration.TotalSeconds:0} s per measurement after a warm-up");
        Report(output, "text importer", forms.Count, () => PdfTextFormImporter.Import(SeedData.Text).Forms.Count);
        Report(output, "PDF importer", PdfImportBenchmarks.SeedForms, () => PdfFormImporter.Import(PdfData.Seed).Forms.Count);
        Report(output, "PDF, scrambled", PdfImportBenchmarks.SeedForms, () => PdfFormImporter.Import(PdfData.SeedScrambled).Forms.Count);
        Report(output, "rule engine", forms.Count, () =>
        {
            var findings = 0;
            foreach (var form in forms)
            {
                findings += ScoringEngine.Score(form, ScoringProfile.Default).Findings.Count;
            }

            return findings;
        });
    }

    private static void Report(TextWriter output, string name, int formsPerCall, Func<int> call)
    {
        var sink = 0;
        for (var i = 0; i < 200; i++)
        {
            sink += call();
        }

        var calls = 0L;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Duration)
        {
            sink += call();
            calls++;
        }

        var formsPerSecond = calls * formsPerCall / watch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} {formsPerSecond,12:N0} forms/s   ({sink % 2})"));
    }
}
