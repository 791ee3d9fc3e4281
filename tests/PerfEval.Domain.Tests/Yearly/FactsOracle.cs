using PerfEval.Domain.Forms;
using PerfEval.Domain.Yearly;

namespace PerfEval.TestOracles;

/// <summary>
/// The yearly figures added up in C# from every form's facts, counting each form as the tally trigger counts it in
/// SQL (<c>YearlyTallies</c>). The platform reads only the tallies; the tests and the platform benchmark check the
/// trigger against this.
/// </summary>
public static class FactsOracle
{
    public static YearlyFigures Aggregate(
        int fiscalYear,
        string? departmentId,
        IReadOnlyCollection<YearlyFormFacts> facts,
        DateOnly today,
        DateOnly? reviewDue)
    {
        var units = new Dictionary<(string Department, string Unit), FormTally>();
        foreach (var f in facts.Where(f => f.Kind == FormKind.Project))
        {
            var key = (f.DepartmentId, f.UnitId);
            if (!units.TryGetValue(key, out var tally))
            {
                units[key] = tally = new FormTally();
            }

            tally.Add(f, today, reviewDue);
        }

        return YearlyAggregation.FromUnits(fiscalYear, departmentId, units.Select(kv => new UnitTally(kv.Key.Department, kv.Key.Unit, kv.Value)));
    }

    public static ReviewerWorkload Workload(IEnumerable<YearlyFormFacts> facts, DateOnly today, DateOnly? reviewDue) =>
        facts.Aggregate(new FormTally(), (t, f) => t.Add(f, today, reviewDue)).Workload;

    /// <summary>Counts one form. A task not done is overdue when today is past its due date (else the year's).</summary>
    public static FormTally Add(this FormTally tally, YearlyFormFacts f, DateOnly today, DateOnly? reviewDue)
    {
        tally.Forms++;
        FormTally.Count(tally.ByStatus, f.Status.ToString(), 1);
        tally.Initial += f.InitialBudget ?? 0;
        tally.FullYear += f.FullYearBudget ?? 0;
        tally.Executed += f.Executed ?? 0;
        if (f.ClaimedTotal is { } claimed)
        {
            tally.ClaimedSum += claimed;
            tally.ClaimedCount++;
        }

        if (f.ComputedTotal is { } computed)
        {
            tally.ComputedSum += computed;
            tally.ComputedCount++;
        }

        if (f.FinalTotal is { } final)
        {
            tally.FinalSum += final;
            tally.FinalCount++;
        }

        if (f.RecheckDifference is { } difference)
        {
            tally.RecheckedForms++;
            tally.RecheckDifference += difference;
            tally.RecheckWeights += f.Weights;
        }

        if (f.ComputedGrade is { } computedGrade)
        {
            FormTally.Count(tally.ComputedGrades, computedGrade, 1);
        }

        if (f.FinalGrade is { } finalGrade)
        {
            FormTally.Count(tally.FinalGrades, finalGrade, 1);
        }

        foreach (var code in f.FindingCodes)
        {
            FormTally.Count(tally.FindingsByCode, code, 1);
        }

        foreach (var name in f.IndicatorsBelowWeight.Distinct())
        {
            FormTally.Count(tally.IndicatorsBelowWeight, name, 1);
        }

        if (f.TaskStatus is { } task)
        {
            tally.AddTasks(task, f.TaskDueDate, 1, today, reviewDue);
        }

        return tally;
    }
}
