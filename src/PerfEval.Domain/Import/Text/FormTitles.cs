namespace PerfEval.Domain.Import.Text;

/// <summary>
/// Where a form starts: a line that is a form's title and nothing else, allowing what publishers put around it
/// ("附件2：", "2024年度", "（2024年度）"). A sentence that mentions a title (a cover letter) is not a title.
/// </summary>
internal static class FormTitles
{
    /// <summary>Longest titles first: "财政项目支出绩效自评表" ends with "项目支出绩效自评表".</summary>
    private static readonly (string Title, string Layout)[] Titles =
    [
        ("部门（单位）整体支出绩效自评表", FormLayouts.DepartmentWide),
        ("部门(单位)整体支出绩效自评表", FormLayouts.DepartmentWide),
        ("部门整体支出绩效自评表", FormLayouts.DepartmentWide),
        ("部门预算项目支出绩效自评表", FormLayouts.Sichuan),
        ("财政项目支出绩效自评表", FormLayouts.Shanghai),
        ("财政项目绩效自评表", FormLayouts.Hubei),
        ("项目支出绩效自评表", FormLayouts.Central),
    ];

    /// <summary>What documents hold when they hold a form, for sniffing text.</summary>
    public const string Marker = "绩效自评表";

    public static FormTitle? Match(TextLine line)
    {
        var text = line.Compact;
        if (text.Length > 40)
        {
            return null;
        }

        var at = SkipAttachmentLabel(text);
        var year = LeadingYear(text, ref at);
        foreach (var (title, layout) in Titles)
        {
            if (string.CompareOrdinal(text, at, title, 0, title.Length) != 0)
            {
                continue;
            }

            var rest = text[(at + title.Length)..];
            if (rest.Length == 0 || IsYearText(rest))
            {
                return new FormTitle(title, layout, year, rest.Length == 0 ? null : rest);
            }

            return null;
        }

        return null;
    }

    /// <summary>"（2024年度）", "(2024年)": a bracketed year, as printed under or after the title.</summary>
    public static bool IsYearText(string compact) =>
        compact.Length >= 6 && compact[0] is '（' or '(' && compact[^1] is '）' or ')' && compact.Contains('年');

    /// <summary>"附件2：", "附件：", "附表3-1" before the title.</summary>
    private static int SkipAttachmentLabel(string text)
    {
        if (!text.StartsWith("附件", StringComparison.Ordinal) && !text.StartsWith("附表", StringComparison.Ordinal))
        {
            return 0;
        }

        var at = 2;
        while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] is '-' or '－' or '.' or '、' or ':' or '：' or ' '
                                    || "一二三四五六七八九十".Contains(text[at], StringComparison.Ordinal)))
        {
            at++;
        }

        return at;
    }

    /// <summary>"2024年度" or "2024年" before the title: the fiscal year.</summary>
    private static string? LeadingYear(string text, ref int at)
    {
        if (text.Length < at + 5 || text.AsSpan(at, 4).ContainsAnyExceptInRange('0', '9') || text[at + 4] != '年')
        {
            return null;
        }

        var year = text.Substring(at, 4);
        at += text.Length > at + 5 && text[at + 5] == '度' ? 6 : 5;
        return year;
    }
}

/// <summary>A title line: the title, its layout, a year printed before it, and the bracketed year after it (if any).</summary>
internal sealed record FormTitle(string Title, string Layout, string? LeadingYear, string? YearText);
