namespace PerfEval.Domain.Import;

/// <summary>
/// Why (part of) a file was refused: where (e.g. "line 57", "自评表1!C12", "$.indicators[2].weight"),
/// what was expected there, what was found, and a sentence in Chinese and English.
/// </summary>
public sealed record ImportError(string Location, string Expected, string Found, string Message, string MessageEn)
{
    public override string ToString() => $"{Location}: {MessageEn}";
}
