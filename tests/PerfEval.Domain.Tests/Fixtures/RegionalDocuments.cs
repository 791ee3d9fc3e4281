using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>The test documents of the regional layouts (TestData/central, sichuan, hubei, department-wide; each folder's README gives their sources).</summary>
internal static class RegionalDocuments
{
    public static string Text(string family, string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", family, name));

    public static ImportResult Read(string family, string name) => PdfTextFormImporter.Import(Text(family, name));
}
