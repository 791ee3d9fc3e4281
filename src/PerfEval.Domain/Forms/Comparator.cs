namespace PerfEval.Domain.Forms;

/// <summary>The comparator of a quantitative target: ≥ &gt; = ≤ &lt; (ASCII &gt;= and &lt;= are read as ≥ and ≤).</summary>
public enum Comparator
{
    AtLeast,
    MoreThan,
    Equal,
    AtMost,
    LessThan,
}

public static class ComparatorExtensions
{
    /// <summary>"Lower is better" targets (cost indicators): meeting them means staying at or under the figure.</summary>
    public static bool IsUpperLimit(this Comparator comparator) =>
        comparator is Comparator.AtMost or Comparator.LessThan;
}
