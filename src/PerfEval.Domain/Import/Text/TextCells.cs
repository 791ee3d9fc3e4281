using System.Globalization;
using System.Text;

namespace PerfEval.Domain.Import.Text;

/// <summary>Reading the cells of the extracted text: plain numbers, "-" for an empty figure, text broken across lines.</summary>
internal static class TextCells
{
    /// <summary>Longest number accepted (decimal holds 28 digits; forms never come near).</summary>
    private const int MaxNumberLength = 24;

    /// <summary>A plain figure such as 72.00, 3 or 1,234.50 (no sign, no unit).</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        value = 0m;
        if (text.Length is 0 or > MaxNumberLength || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var sawPoint = false;
        var sawComma = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                if (sawPoint)
                {
                    return false;
                }

                sawPoint = true;
            }
            else if (c == ',')
            {
                if (sawPoint)
                {
                    return false;
                }

                sawComma = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var digits = sawComma ? text.Replace(",", "", StringComparison.Ordinal) : text;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool IsNumber(string text) => TryParseNumber(text, out _);

    /// <summary>"-", "—" or "－": a cell the form leaves empty on purpose.</summary>
    public static bool IsDash(string text) => text is "-" or "—" or "－" or "--" or "/";

    public static bool StartsWithComparator(string text) =>
        text.Length > 0 && text[0] is '≥' or '≤' or '>' or '<' or '=' or '＞' or '＜' or '＝' or '≧' or '≦';

    public static bool IsBareComparator(string text) =>
        text is "≥" or "≤" or ">" or "<" or "=" or ">=" or "<=" or "＞" or "＜" or "＝" or "≧" or "≦" or "==";

    /// <summary>
    /// Joins the lines of one cell that the PDF broke: Chinese text runs on without a space; a space is kept only between
    /// two Latin letters, where the break was between words.
    /// </summary>
    public static string JoinBroken(IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0 && char.IsAsciiLetter(builder[^1]) && char.IsAsciiLetter(part[0]))
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
