using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring.Common;

/// <summary>
/// A common indicator (共性指标) of the department-wide form: a rate in percent, how the department's own figures give
/// it, and the standard it is held to when the row's target does not say (docs/domain-rules.md#department-wide-form).
/// </summary>
/// <param name="Name">The name the form prints, as the standard indicator tables write it.</param>
/// <param name="Aliases">Other spellings seen on published forms (quotes, 控制率 for 变动率).</param>
/// <param name="Standard">The default standard: ≤ a limit or ≥ a floor, in percent.</param>
/// <param name="Rate">The rate from the department's figures, or null when a figure it needs is empty or 0.</param>
/// <param name="FormulaZh">The formula, for findings.</param>
/// <param name="FormulaEn">The formula in English.</param>
public sealed record CommonIndicator(
    string Name,
    IReadOnlyList<string> Aliases,
    Comparator StandardComparator,
    decimal Standard,
    Func<DepartmentFacts, decimal?> Rate,
    string FormulaZh,
    string FormulaEn)
{
    /// <summary>Whether a row's 三级指标 names this indicator (quotes, spaces and full-width marks ignored).</summary>
    public bool Names(string rowName)
    {
        var key = CommonIndicators.Key(rowName);
        return key == CommonIndicators.Key(Name) || Aliases.Any(a => key == CommonIndicators.Key(a));
    }
}
