using PerfEval.Domain.Forms;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Benchmarks;

/// <summary>The five seed forms, as text and as parsed forms.</summary>
internal static class SeedData
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "seed-forms-2024.txt"));

    public static IReadOnlyList<EvaluationForm> Forms { get; } = PdfTextFormImporter.Import(Text).Forms;

    public static int FormCount => Forms.Count;
}
