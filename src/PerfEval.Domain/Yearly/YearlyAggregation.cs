using PerfEval.Domain.Review;

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
        DateOnly? reviewDue) => new(
        fiscalYear,
        departmentId,
        Group(departmentId ?? "all", departmentId, facts, today, reviewDue),
        facts.GroupBy(f => f.DepartmentId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.Key, g.ToList(), today, reviewDue)).ToList(),
        facts.GroupBy(f => f.UnitId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.First().DepartmentId, g.ToList(), today, reviewDue)).ToList());

    public static GroupFigures Group(
        string key, string? departmentId, IReadOnlyCollection<YearlyFormFacts> facts, DateOnly today, DateOnly? reviewDue) => new(
        key,
        departmentId,
        facts.Count,
        CountBy(facts.Select(f => f.Status.ToString())),
        Budget(facts),
        new ScoreAverages(
            Mean(facts.Select(f => f.ClaimedTotal)),
            Mean(facts.Select(f => f.ComputedTotal)),
            Mean(facts.Select(f => f.FinalTotal))),
        CountBy(facts.Select(f => f.ComputedGrade).OfType<string>()),
        CountBy(facts.Select(f => f.FinalGrade).OfType<string>()),
        CountBy(facts.SelectMany(f => f.FindingCodes)),
        facts.SelectMany(f => f.IndicatorsBelowWeight.Distinct())
            .GroupBy(name => name)
            .Select(g => new IndicatorCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Forms).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(TopIndicators)
            .ToList(),
        Workload(facts, today, reviewDue));

    /// <summary>executed ÷ full-year budget in percent, 2 decimals, as the form's own rate (财预〔2020〕10号).</summary>
    public static BudgetFigures Budget(IEnumerable<YearlyFormFacts> facts)
    {
        decimal initial = 0, fullYear = 0, executed = 0;
        foreach (var f in facts)
        {
            initial += f.InitialBudget ?? 0;
            fullYear += f.FullYearBudget ?? 0;
            executed += f.Executed ?? 0;
        }

        decimal? rate = fullYear == 0 ? null : Math.Round(executed / fullYear * 100m, 2, MidpointRounding.AwayFromZero);
        return new BudgetFigures(initial, fullYear, executed, rate);
    }

    /// <summary>The mean of the values present, 2 decimals; null when none is.</summary>
    public static decimal? Mean(IEnumerable<decimal?> values)
    {
        decimal sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (v is { } x)
            {
                sum += x;
                n++;
            }
        }

        return n == 0 ? null : Math.Round(sum / n, 2, MidpointRounding.AwayFromZero);
    }

    public static ReviewerWorkload Workload(IEnumerable<YearlyFormFacts> facts, DateOnly today, DateOnly? reviewDue)
    {
        int open = 0, claimed = 0, overdue = 0;
        foreach (var f in facts)
        {
            if (f.TaskStatus is null or ReviewTaskStatus.Done)
            {
                continue;
            }

            if (f.TaskStatus == ReviewTaskStatus.Open)
            {
                open++;
            }
            else
            {
                claimed++;
            }

            if ((f.TaskDueDate ?? reviewDue) is { } due && today > due)
            {
                overdue++;
            }
        }

        return new ReviewerWorkload(open, claimed, overdue);
    }

    private static IReadOnlyDictionary<string, int> CountBy(IEnumerable<string> keys) =>
        new SortedDictionary<string, int>(
            keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
