namespace PerfEval.Domain.Scoring.Common;

/// <summary>The common indicators every department-wide form carries.</summary>
public static class CommonIndicators
{
    public static IReadOnlyList<CommonIndicator> All { get; } =
        [StaffControlRate.Definition, ThreePublicChangeRate.Definition, KeyExpenditureRate.Definition];

    /// <summary>The common indicator a row's 三级指标 names, or null for the department's own indicators.</summary>
    public static CommonIndicator? Find(string? rowName) =>
        string.IsNullOrWhiteSpace(rowName) ? null : All.FirstOrDefault(c => c.Names(rowName));

    /// <summary>top ÷ bottom × 100, two decimals; null when either is empty or the bottom is not above 0.</summary>
    internal static decimal? Percent(decimal? top, decimal? bottom) =>
        top is { } t && bottom is { } b && b > 0m ? Arithmetic.Round(Arithmetic.Divide(t, b) * 100m, 2) : null;

    /// <summary>A name without quotes, spaces or brackets' content, to compare spellings.</summary>
    internal static string Key(string name)
    {
        var chars = new List<char>(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            if (c is '（' or '(')
            {
                depth++;
            }
            else if (c is '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '\'' or '‘' or '’'))
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }
}
