using System.Text;

namespace PerfEval.Domain.Import.Text;

/// <summary>
/// What the regional readers (Sichuan, Hubei) share: a form's cells in document order with their line, OCR noise
/// taken off (checkbox glyphs, full-width digits), labels run together with their text split off, and the parts of
/// an indicator row that a run-together export glues into one cell ("产出指标数量指标足额保障率=100%").
/// </summary>
internal static class RegionalCells
{
    /// <summary>Checkbox and tick glyphs that OCR leaves in or beside cells.</summary>
    private const string Glyphs = "☑☐□■☒✔✓√✅❑❒▢▣";

    private static readonly System.Buffers.SearchValues<char> Comparators = System.Buffers.SearchValues.Create("≥≤><=＞＜＝≧≦");

    /// <summary>A form's cells, from the line after its title to <paramref name="end"/>, each split at the labels given.</summary>
    public static List<Cell> Of(IReadOnlyList<TextLine> lines, int start, int end, IReadOnlyList<string> labels)
    {
        var cells = new List<Cell>();
        for (var i = start + 1; i < end; i++)
        {
            foreach (var token in lines[i].Tokens)
            {
                var clean = Clean(token);
                if (clean.Length == 0)
                {
                    continue;
                }

                foreach (var part in SplitAtLabels(clean, labels))
                {
                    cells.Add(new Cell(part, i));
                }
            }
        }

        return cells;
    }

    /// <summary>Checkbox glyphs dropped, full-width digits, point, percent and colon made plain.</summary>
    public static string Clean(string token)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            char? replacement = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '％' => '%',
                '，' when i > 0 && char.IsAsciiDigit(token[i - 1]) => ',',
                _ => null,
            };
            var drop = Glyphs.Contains(c, StringComparison.Ordinal);
            if (replacement is null && !drop)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(token, 0, i, token.Length);
            if (!drop)
            {
                builder.Append(replacement!.Value);
            }
        }

        return builder?.ToString() ?? token;
    }

    /// <summary>"项目名称某项目主管部门某局" → "项目名称", "某项目", "主管部门", "某局": a label inside a cell is a cell of its own.</summary>
    public static IEnumerable<string> SplitAtLabels(string token, IReadOnlyList<string> labels)
    {
        var from = 0;
        var at = 0;
        while (at < token.Length)
        {
            var label = labels.Where(l => string.CompareOrdinal(token, at, l, 0, l.Length) == 0).MaxBy(l => l.Length);
            if (label is null)
            {
                at++;
                continue;
            }

            if (at > from)
            {
                yield return token[from..at];
            }

            yield return label;
            at += label.Length;
            from = at;
        }

        if (from < token.Length)
        {
            yield return token[from..];
        }
    }

    public static bool IsComparator(string text) => TextCells.IsBareComparator(text);

    /// <summary>Whether a comparator stands inside the cell after some text (a row run together into one cell).</summary>
    public static bool HasInnerComparator(string text) => text.IndexOfAny(Comparators) > 0;

    /// <summary>
    /// One cell of a run-together row split into its parts: the headings it starts with, the indicator's name, the
    /// comparator, the value and the unit ("效益指标社会效益指标结余率≤5%" → 效益指标, 社会效益指标, 结余率, ≤, 5, %).
    /// </summary>
    public static List<string> SplitRow(string text)
    {
        var parts = new List<string>();
        var rest = text;
        while (true)
        {
            var heading = IndicatorHeadings.Level1.Concat(IndicatorHeadings.Level2)
                .Where(h => rest.StartsWith(h, StringComparison.Ordinal) && rest.Length > h.Length && rest.IndexOfAny(Comparators) > h.Length)
                .MaxBy(h => h.Length);
            if (heading is null)
            {
                break;
            }

            parts.Add(heading);
            rest = rest[heading.Length..];
        }

        var at = rest.IndexOfAny(Comparators);
        if (at > 0)
        {
            parts.Add(rest[..at]);
            rest = rest[at..];
        }

        if (at >= 0)
        {
            var width = rest.Length > 1 && rest[1] is '=' or '＝' ? 2 : 1;
            parts.Add(rest[..width]);
            rest = rest[width..];
            parts.AddRange(SplitValue(rest));
        }
        else if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>"100%" → 100, %; "10次" → 10, 次; "好" → 好.</summary>
    public static IEnumerable<string> SplitValue(string text)
    {
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || (text[digits] is '.' or ',' && digits > 0)))
        {
            digits++;
        }

        while (digits > 0 && !char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        if (digits == 0 || digits == text.Length)
        {
            return text.Length == 0 ? [] : [text];
        }

        return [text[..digits], text[digits..]];
    }

    /// <summary>Template instructions left in a cell ("（填写实际完成值）", "说明相关任务目标的完成情况(100字以内)").</summary>
    public static bool IsInstruction(string text) =>
        text.Contains("填写", StringComparison.Ordinal) || text.Contains("填报", StringComparison.Ordinal)
        || text.Contains("字以内", StringComparison.Ordinal) || text.Contains("需说明", StringComparison.Ordinal);

    /// <summary>A figure of a funds row: a number, a percentage, or "/" "-" for a cell left empty on purpose.</summary>
    public static bool IsFigure(string text) => TextCells.IsDash(text) || TextCells.IsNumber(text.TrimEnd('%'));

    public static decimal? Figure(string text) =>
        TextCells.IsDash(text) ? null : TextCells.TryParseNumber(text.TrimEnd('%'), out var value) ? value : null;
}
