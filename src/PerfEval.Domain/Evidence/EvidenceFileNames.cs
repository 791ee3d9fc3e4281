using System.Globalization;
using System.Text;

namespace PerfEval.Domain.Evidence;

/// <summary>
/// A file name as the uploader sent it, made safe to store and to offer for download: the directory part dropped,
/// control and format characters and the characters file systems reserve removed, trimmed, at most
/// <see cref="MaxLength"/> characters, Chinese kept; the extension is that of the sniffed type.
/// </summary>
public static class EvidenceFileNames
{
    public const int MaxLength = 120;

    private const string Reserved = "<>:\"/\\|?*";

    public static string Sanitise(string? name, EvidenceType type)
    {
        var raw = name ?? "";
        var last = raw.LastIndexOfAny(['/', '\\']);
        var bare = last >= 0 ? raw[(last + 1)..] : raw;

        var kept = new StringBuilder(bare.Length);
        foreach (var rune in bare.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (rune.IsAscii && Reserved.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            kept.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        var cleaned = kept.ToString().Trim().Trim('.').Trim();
        var extension = Path.GetExtension(cleaned);
        var stem = Matches(extension, type) ? cleaned[..^extension.Length] : cleaned;
        var room = MaxLength - type.Extension.Length;
        if (stem.Length > room)
        {
            stem = stem[..room];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }
        }

        stem = stem.TrimEnd('.', ' ');
        return (stem.Length == 0 ? "佐证材料" : stem) + (Matches(extension, type) ? extension.ToLowerInvariant() : type.Extension);
    }

    private static bool Matches(string extension, EvidenceType type) =>
        extension.Equals(type.Extension, StringComparison.OrdinalIgnoreCase)
        || (type == EvidenceType.Jpeg && extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));
}
