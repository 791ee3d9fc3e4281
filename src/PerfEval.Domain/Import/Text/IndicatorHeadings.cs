namespace PerfEval.Domain.Import.Text;

/// <summary>
/// The level-1 and level-2 headings of the indicator tree (docs/domain-rules.md#indicators), and their recognition when the PDF broke a
/// merged cell's name across lines ("服务对象满意" + "度指标").
/// </summary>
internal static class IndicatorHeadings
{
    /// <summary>Longest run of lines one heading is broken into.</summary>
    private const int MaxFragments = 4;

    public static readonly HashSet<string> Level1 = ["产出指标", "效益指标", "满意度指标", "成本指标"];

    public static readonly HashSet<string> Level2 =
    [
        "数量指标", "质量指标", "时效指标", "成本指标",
        "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标",
        "服务对象满意度指标",
        "经济成本指标", "社会成本指标", "生态环境成本指标",
    ];

    /// <summary>
    /// The department-wide form's own level-2 headings (部门整体支出绩效自评表 as regional copies print it, under 投入指标,
    /// 过程指标 and 产出/效益指标), besides <see cref="Level2"/>.
    /// </summary>
    public static readonly HashSet<string> DepartmentLevel2 =
    [
        "预算配置", "预算执行", "预算管理", "资产管理", "运行成本", "管理效率", "职责履行", "履职效益",
    ];

    private static readonly string[] All = [.. Level1.Union(Level2)];

    public static bool IsHeading(string token) => Level1.Contains(token) || Level2.Contains(token);

    /// <summary>
    /// A heading that fills line <paramref name="start"/> alone or with the next lines; returns the number of lines it
    /// took, 0 when the lines are not a heading.
    /// </summary>
    public static int Match(IReadOnlyList<TextLine> lines, int start, int end, out string heading)
    {
        heading = "";
        var accumulated = "";
        for (var i = start; i < end && i < start + MaxFragments; i++)
        {
            if (lines[i].Tokens.Length != 1)
            {
                return 0;
            }

            accumulated += lines[i].Tokens[0];
            if (IsHeading(accumulated))
            {
                heading = accumulated;
                return i - start + 1;
            }

            if (!IsPrefixOfHeading(accumulated))
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsPrefixOfHeading(string text)
    {
        foreach (var heading in All)
        {
            if (heading.StartsWith(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
