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
            $"{location}: expected {expectedEn}, found '{shown}'.");
    }

    public override string ToString() => $"{Location}: {MessageEn}";
}
