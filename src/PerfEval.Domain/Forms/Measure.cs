using System.Globalization;
using System.Text;

namespace PerfEval.Domain.Forms;

/// <summary>
/// A target (年度指标值) or actual (实际完成值) as parsed from the text the unit wrote.
/// The original text is kept in <see cref="Text"/> for display; the form itself keeps only the text.
/// </summary>
public sealed record Measure
{
    private static readonly System.Buffers.SearchValues<char> DigitsAndBrackets = System.Buffers.SearchValues.Create("0123456789()（）");

    /// <summary>Longest digit run accepted as a number; longer runs are not figures a form would hold.</summary>
    private const int MaxDigits = 20;

    public required string Text { get; init; }
    public required MeasureKind Kind { get; init; }

    /// <summary>For quantities; null when the text has no comparator (an actual such as "95.00(%)").</summary>
    public Comparator? Comparator { get; init; }

    public decimal? Number { get; init; }

    /// <summary>Normalised unit without brackets ("人", "%", "万元"); null when none is written.</summary>
    public string? Unit { get; init; }

    /// <summary>The qualitative word (增强, 及时, …), without whitespace.</summary>
    public string? Word { get; init; }

    public AchievementTier? Tier { get; init; }

    public static Measure Empty { get; } = new() { Text = "", Kind = MeasureKind.Empty };

    /// <summary>Parses any cell text; never throws. Text that is neither a quantity nor a tier is a qualitative word.</summary>
    public static Measure Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return text is null or "" ? Empty : Empty with { Text = text };
        }

        var compact = RemoveWhitespace(text);
        if (TierOf(compact) is { } tier)
        {
            return new Measure { Text = text, Kind = MeasureKind.Tier, Tier = tier, Word = compact };
        }

        return TryParseQuantity(compact, text) ?? new Measure { Text = text, Kind = MeasureKind.Qualitative, Word = compact };
    }

    /// <summary>The tier phrases of the official method; 未达成 and 部分达成 are tested first because they contain 达成.</summary>
    internal static AchievementTier? TierOf(string compact)
    {
        if (compact.StartsWith("未达成", StringComparison.Ordinal))
        {
            return AchievementTier.NotAchieved;
        }

        if (compact.StartsWith("部分达成", StringComparison.Ordinal))
        {
            return AchievementTier.PartlyAchieved;
        }

        return compact is "达成指标" or "达成年度指标" or "达成" ? AchievementTier.Achieved : null;
    }

    /// <summary>The full tier phrases, for importers that reassemble a phrase broken across lines.</summary>
    internal static IReadOnlyList<string> TierPhrases { get; } =
        ["达成指标", "达成年度指标", "部分达成指标并具有一定效果", "未达成指标且效果较差"];

    private static Measure? TryParseQuantity(string s, string original)
    {
        var position = 0;
        var comparator = ReadComparator(s, ref position);
        var numberStart = position;
        if (position < s.Length && (s[position] == '-' || s[position] == '+'))
        {
            position++;
        }

        var digits = 0;
        var sawPoint = false;
        var buffer = new StringBuilder();
        buffer.Append(s, numberStart, position - numberStart);
        while (position < s.Length)
        {
            var c = s[position];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                buffer.Append(c);
            }
            else if (c == '.' && !sawPoint && position + 1 < s.Length && char.IsAsciiDigit(s[position + 1]))
            {
                sawPoint = true;
                buffer.Append(c);
            }
            else if (c == ',' && digits > 0 && position + 1 < s.Length && char.IsAsciiDigit(s[position + 1]) && !sawPoint)
            {
                // Thousands separator ("176,000"): skipped.
            }
            else
            {
                break;
            }

            position++;
        }

        if (digits == 0 || digits > MaxDigits
            || !decimal.TryParse(buffer.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var unit = UnitOf(s.AsSpan(position));
        if (unit is null)
        {
            return null;
        }

        return new Measure
        {
            Text = original,
            Kind = MeasureKind.Quantity,
            Comparator = comparator,
            Number = number,
            Unit = unit.Length == 0 ? null : unit,
        };
    }

    private static Comparator? ReadComparator(string s, ref int position)
    {
        if (s.Length == 0)
        {
            return null;
        }

        var first = s[0];
        var second = s.Length > 1 ? s[1] : '\0';
        var orEqual = second is '=' or '＝';
        switch (first)
        {
            case '≥' or '≧':
                position = 1;
                return Forms.Comparator.AtLeast;
            case '≤' or '≦':
                position = 1;
                return Forms.Comparator.AtMost;
            case '>' or '＞':
                position = orEqual ? 2 : 1;
                return orEqual ? Forms.Comparator.AtLeast : Forms.Comparator.MoreThan;
            case '<' or '＜':
                position = orEqual ? 2 : 1;
                return orEqual ? Forms.Comparator.AtMost : Forms.Comparator.LessThan;
            case '=' or '＝':
                position = orEqual ? 2 : 1;
                return Forms.Comparator.Equal;
            default:
                return null;
        }
    }

    /// <summary>"(人)", "（%）", "%", "万元" or nothing; null when the rest is not a unit (e.g. a second number).</summary>
    private static string? UnitOf(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return "";
        }

        if (rest[0] is '(' or '（')
        {
            var close = rest.IndexOfAny(')', '）');
            if (close != rest.Length - 1)
            {
                return null;
            }

            rest = rest[1..close];
        }

        if (rest.ContainsAny(DigitsAndBrackets))
        {
            return null;
        }

        return rest.ToString().Replace('％', '%');
    }

    private static string RemoveWhitespace(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public override string ToString() => Text;
}
