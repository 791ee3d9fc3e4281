
namespace PerfEval.Domain.Yearly;

/// <summary>Adds up forms' facts into the year's figures. Pure: the caller passes today and the year's review due date.</summary>
public static class YearlyAggregation
{
    public const int TopIndicators = 10;

    public static YearlyFigures Aggregate(
        int fiscalYear,
        string? departmentId,
        IReadOnlyCollection<YearlyFormFacts> facts,
        DateOnly today,
        DateOnly? reviewDue)
    {
        var units = new Dictionary<(string Department, string Unit), FormTally>();
        foreach (var f in facts)
        {
            var key = (f.DepartmentId, f.UnitId);
            if (!units.TryGetValue(key, out var tally))
            {
                units[key] = tally = new FormTally();
            }

            tally.Add(f, today, reviewDue);
        }

        return FromUnits(fiscalYear, departmentId, units.Select(kv => new UnitTally(kv.Key.Department, kv.Key.Unit, kv.Value)));
    }

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

    /// <summary>executed ÷ full-year budget in percent, 2 decimals; null without a budget.</summary>
    public static decimal? Rate(decimal executed, decimal fullYear) =>
        fullYear == 0 ? null : Math.Round(executed / fullYear * 100m, 2, MidpointRounding.AwayFromZero);

    /// <summary>A sum over n values as their mean, 2 decimals; null when n is 0.</summary>
    public static decimal? Mean(decimal sum, int n) =>
        n == 0 ? null : Math.Round(sum / n, 2, MidpointRounding.AwayFromZero);

    public static ReviewerWorkload Workload(IEnumerable<YearlyFormFacts> facts, DateOnly today, DateOnly? reviewDue) =>
        facts.Aggregate(new FormTally(), (t, f) => t.Add(f, today, reviewDue)).Workload;
}
