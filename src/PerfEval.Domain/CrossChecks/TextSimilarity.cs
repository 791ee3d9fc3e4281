using System.Globalization;
using System.Numerics;
using System.Text;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// "The same or nearly the same" text (docs/domain-rules.md#checks-across-forms-and-years): a normalised text, its
/// character trigrams (which suit Chinese, where words are not separated), and their Dice coefficient.
/// </summary>
public static class TextSimilarity
{
    /// <summary>
    /// The text as compared: letters only (Chinese characters are letters), Latin letters in lower case; whitespace,
    /// punctuation, symbols (≥, %, brackets) and digits are dropped, so "≥90.00(%)" and "≥95%" leave nothing and a
    /// row differs from its copy by its figures only.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text of an indicator row as compared: its name and, for a target that is not a quantity, the target's
    /// words (a quantity's figure and unit are left out: "≥8000(人)" and "≥9000(人)" are the same indicator).
    /// </summary>
    public static string IndicatorText(IndicatorRow row)
    {
        var target = Measure.Parse(row.Target);
        return target.Kind == MeasureKind.Quantity ? Normalize(row.Name) : Normalize(row.Name) + Normalize(row.Target);
    }

    /// <summary>The distinct character trigrams of a normalised text, sorted; a text shorter than 3 is its own one shingle.</summary>
    public static long[] Trigrams(string normalized)
    {
        if (normalized.Length == 0)
        {
            return [];
        }

        if (normalized.Length < 3)
        {
            return [normalized.Length == 1 ? normalized[0] : ((long)normalized[0] << 16) | normalized[1]];
        }

        var shingles = new long[normalized.Length - 2];
        for (var i = 0; i < shingles.Length; i++)
        {
            // Three UTF-16 units in 48 bits; the top bit marks a trigram apart from the short texts above.
            shingles[i] = (1L << 62) | ((long)normalized[i] << 32) | ((long)normalized[i + 1] << 16) | normalized[i + 2];
        }

        Array.Sort(shingles);
        var distinct = 1;
        for (var i = 1; i < shingles.Length; i++)
        {
            if (shingles[i] != shingles[distinct - 1])
            {
                shingles[distinct++] = shingles[i];
            }
        }

        return distinct == shingles.Length ? shingles : shingles[..distinct];
    }

    /// <summary>
    /// How many values two ascending runs share, or −1 as soon as what is left of them cannot make up
    /// <paramref name="needed"/> (0: count them all).
    /// </summary>
    public static int Overlap<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, int needed = 0)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (shared + Math.Min(a.Length - i, b.Length - j) < needed)
            {
                return -1;
            }

            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared >= needed ? shared : -1;
    }

    /// <summary>Dice coefficient of two sorted shingle sets: 2 |A ∩ B| ÷ (|A| + |B|), 0 to 1.</summary>
    public static double Dice(ReadOnlySpan<long> a, ReadOnlySpan<long> b) =>
        a.Length + b.Length == 0 ? 0 : 2.0 * Overlap<long>(a, b) / (a.Length + b.Length);

    /// <summary>Dice coefficient of the trigrams of two texts, each normalised first.</summary>
    public static double Dice(string a, string b) => Dice(Trigrams(Normalize(a)), Trigrams(Normalize(b)));

    /// <summary>The Jaccard threshold equal to a Dice threshold: J = D ÷ (2 − D).</summary>
    public static double JaccardOf(double dice) => dice / (2 - dice);

    /// <summary>A similarity for a message: "0.86".</summary>
    public static string Format(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);
}
