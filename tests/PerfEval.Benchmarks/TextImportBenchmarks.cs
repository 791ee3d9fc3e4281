using BenchmarkDotNet.Attributes;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Benchmarks;

/// <summary>The PDF-text importer on the seed file; each operation is one form (the file holds five).</summary>
[MemoryDiagnoser]
public class TextImportBenchmarks
{
    private const int FormsPerFile = 5;

    [Benchmark(OperationsPerInvoke = FormsPerFile)]
    public ImportResult ImportSeedText() => PdfTextFormImporter.Import(SeedData.Text);
}
