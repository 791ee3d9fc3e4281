namespace PerfEval.Domain.Import;

/// <summary>
/// Why (part of) a file was refused: where (e.g. "line 57", "1 灵活就业工作经费!C12", "$.indicators[2].name"),
/// what was expected there, what was found, and a sentence in Chinese and English.
/// </summary>
public sealed record ImportError(string Location, string Expected, string Found, string Message, string MessageEn)
{
    private const int MaxFoundLength = 80;

    /// <summary>The one way importers word an error: "{where}: expected {what}, found '{text}'." in both languages.</summary>
    public static ImportError Create(string location, string expectedZh, string expectedEn, string found, string? locationZh = null)
    {
        var shown = found.Length > MaxFoundLength ? found[..MaxFoundLength] + "…" : found;
        return new ImportError(
            location,
            $"{expectedZh} ({expectedEn})",
            shown,
            $"{locationZh ?? location}：应为{expectedZh}，实际为“{shown}”。",
            $"{location}: expected {expectedEn}, found '{shown}'.")
        {
            ExpectedZh = expectedZh,
            ExpectedEn = expectedEn,
            LocationZh = locationZh ?? location,
        };
    }

    /// <summary>Where, in Chinese (e.g. "第57行", "文件"; a cell address or JSON path as it is).</summary>
    public string LocationZh { get; init; } = "";

    /// <summary>What was expected, in Chinese alone (e.g. "项目名称").</summary>
    public string ExpectedZh { get; init; } = "";

    /// <summary>What was expected, in English alone (e.g. "the project name").</summary>
    public string ExpectedEn { get; init; } = "";

    /// <summary>Whether nothing was found where something was expected (a blank or missing cell).</summary>
    public bool IsBlank => Found is "empty" or "null" or "null or missing";

    public override string ToString() => $"{Location}: {MessageEn}";
}
