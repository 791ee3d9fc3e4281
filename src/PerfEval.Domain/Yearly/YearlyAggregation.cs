namespace PerfEval.Domain.Yearly;

/// <summary>
/// The year's figures from the running tallies of its units (kept in SQL by the tally trigger, <c>YearlyTallies</c>).
/// Pure: the caller passes the tallies.
/// </summary>
public static class YearlyAggregation
{
    public const int TopIndicators = 10;

    /// <summary>
    /// The year's picture from the tallies of its units: the whole (or the department asked for), each department
    /// and each unit. A unit found under several departments is listed once, with the first department (ordinal).
    /// </summary>
    public static YearlyFigures FromUnits(int fiscalYear, string? departmentId, IEnumerable<UnitTally> units)
    {
        var ordered = units
            .OrderBy(u => u.DepartmentId, StringComparer.Ordinal)
            .ThenBy(u => u.UnitId, StringComparer.Ordinal)
            .ToList();
        return new YearlyFigures(
            fiscalYear,
            departmentId,
            FormTally.Of(ordered.Select(u => u.Tally)).ToFigures(departmentId ?? "all", departmentId),
            ordered.GroupBy(u => u.DepartmentId)
                .Select(g => FormTally.Of(g.Select(u => u.Tally)).ToFigures(g.Key, g.Key))
                .ToList(),
            ordered.GroupBy(u => u.UnitId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => FormTally.Of(g.Select(u => u.Tally)).ToFigures(g.Key, g.First().DepartmentId))
                .ToList());
    }

    /// <summary>
    /// The department-wide forms (部门整体支出绩效自评表) among <paramref name="facts"/>, one row each, by department, unit
    /// and id: listed beside the projects' figures, never added into them.
    /// </summary>
    public static IReadOnlyList<FormFiguresRow> DepartmentWideRows(IEnumerable<YearlyFormFacts> facts) =>
        facts.Where(f => f.Kind == Forms.FormKind.DepartmentWide)
            .OrderBy(f => f.DepartmentId, StringComparer.Ordinal)
            .ThenBy(f => f.UnitId, StringComparer.Ordinal)
            .ThenBy(f => f.Id)
            .Select(FormFiguresRow.Of)
            .ToList();

    /// <summary>executed ÷ full-year budget in percent, 2 decimals; null without a budget.</summary>
    public static decimal? Rate(decimal executed, decimal fullYear) =>
        fullYear == 0 ? null : Math.Round(executed / fullYear * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>A sum over n values as their mean, 2 decimals; null when n is 0.</summary>
    public static decimal? Mean(decimal sum, int n) =>
        n == 0 ? null : Math.Round(sum / n, 2, MidpointRounding.AwayFromZero);
}
