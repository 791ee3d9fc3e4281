using BenchmarkDotNet.Attributes;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Pdf;
using PerfEval.TestFiles;

namespace PerfEval.Benchmarks;

/// <summary>
/// The PDF importer on whole files, as a unit uploads them: PdfPig reads the text layer, the letters are put back
/// into lines by position, and the layouts' readers parse the forms. Each operation is one form.
/// <list type="bullet">
/// <item>the five seed forms (Shanghai layout) as a PDF drawn line by line, and the same with each page's words drawn
/// in a random order (only the positions tell the lines);</item>
/// <item>a Sichuan form exported with pipe-separated rows and a Hubei form with OCR noise, one form per file.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class PdfImportBenchmarks
{
    public const int SeedForms = 5;

    [Benchmark(OperationsPerInvoke = SeedForms)]
    public ImportResult SeedPdf() => PdfFormImporter.Import(PdfData.Seed);

    [Benchmark(OperationsPerInvoke = SeedForms)]
    public ImportResult SeedPdfScrambled() => PdfFormImporter.Import(PdfData.SeedScrambled);

    [Benchmark]
    public ImportResult SichuanPdf() => PdfFormImporter.Import(PdfData.Sichuan);

    [Benchmark]
    public ImportResult HubeiPdf() => PdfFormImporter.Import(PdfData.Hubei);
}

/// <summary>The benchmark's PDF files, written once from the test documents (tests/Shared/TestPdfs.cs).</summary>
internal static class PdfData
{
    public static byte[] Seed { get; } = TestPdfs.Text(SeedData.Text.Split('\n'));

    public static byte[] SeedScrambled { get; } = TestPdfs.Text(SeedData.Text.Split('\n'), new Random(7));

    public static byte[] Sichuan { get; } = TestPdfs.Text(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "sichuan", "pipe-rows-scored.txt")));

    public static byte[] Hubei { get; } = TestPdfs.Text(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "hubei", "ocr-checkboxes-scored.txt")));
}
