using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Yearly;

/// <summary>
/// The running sums and counts of a group of forms from which its <see cref="GroupFigures"/> follow. The facts are
/// counted once, per unit, and the tallies add up (a department's is the sum of its units', the year's the sum of
/// all); the figures (rates, means, the most frequent indicators) are computed only from the sums.
/// </summary>
public sealed class FormTally
{
    public int Forms { get; set; }
    public Dictionary<string, int> ByStatus { get; } = new(StringComparer.Ordinal);
    public decimal Initial { get; set; }
    public decimal FullYear { get; set; }
    public decimal Executed { get; set; }
    public decimal ClaimedSum { get; set; }
    public int ClaimedCount { get; set; }
    public decimal ComputedSum { get; set; }
    public int ComputedCount { get; set; }
    public decimal FinalSum { get; set; }
    public int FinalCount { get; set; }
    public Dictionary<string, int> ComputedGrades { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> FinalGrades { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> FindingsByCode { get; } = new(StringComparer.Ordinal);

    /// <summary>Forms per indicator the rules scored below its weight (a form counts once per indicator).</summary>
    public Dictionary<string, int> IndicatorsBelowWeight { get; } = new(StringComparer.Ordinal);

    /// <summary>Forms with at least one re-check entry, and their Σ|self − verified| and Σ weights.</summary>
    public int RecheckedForms { get; set; }
    public decimal RecheckDifference { get; set; }
    public decimal RecheckWeights { get; set; }

    public int OpenTasks { get; set; }
    public int ClaimedTasks { get; set; }
    public int OverdueTasks { get; set; }

    /// <summary>
    /// Counts <paramref name="count"/> review tasks of one status and due date. A task not done is overdue when
    /// today is past its own due date or, without one, past the year's review due date; done tasks are not counted.
    /// </summary>
    public FormTally AddTasks(ReviewTaskStatus status, DateOnly? ownDueDate, int count, DateOnly today, DateOnly? reviewDue)
    {
        if (status == ReviewTaskStatus.Done)
        {
            return this;
        }

        if (status == ReviewTaskStatus.Open)
        {
            OpenTasks += count;
        }
        else
        {
            ClaimedTasks += count;
        }

        if (ReviewDeadline.IsOverdue(ownDueDate, reviewDue, today))
        {
            OverdueTasks += count;
        }

        return this;
    }

    /// <summary>Adds another group's tally to this one.</summary>
    public FormTally Add(FormTally other)
    {
        Forms += other.Forms;
        Initial += other.Initial;
        FullYear += other.FullYear;
        Executed += other.Executed;
        ClaimedSum += other.ClaimedSum;
        ClaimedCount += other.ClaimedCount;
        ComputedSum += other.ComputedSum;
        ComputedCount += other.ComputedCount;
        FinalSum += other.FinalSum;
        FinalCount += other.FinalCount;
        RecheckedForms += other.RecheckedForms;
        RecheckDifference += other.RecheckDifference;
        RecheckWeights += other.RecheckWeights;
        OpenTasks += other.OpenTasks;
        ClaimedTasks += other.ClaimedTasks;
        OverdueTasks += other.OverdueTasks;
        AddAll(ByStatus, other.ByStatus);
        AddAll(ComputedGrades, other.ComputedGrades);
        AddAll(FinalGrades, other.FinalGrades);
        AddAll(FindingsByCode, other.FindingsByCode);
        AddAll(IndicatorsBelowWeight, other.IndicatorsBelowWeight);
        return this;
    }

    /// <summary>The review tasks not done: open, claimed, and overdue among them.</summary>
    public ReviewerWorkload Workload => new(OpenTasks, ClaimedTasks, OverdueTasks);

    public static FormTally Of(IEnumerable<FormTally> tallies) =>
        tallies.Aggregate(new FormTally(), (sum, t) => sum.Add(t));

    public GroupFigures ToFigures(string key, string? departmentId) => new(
        key,
        departmentId,
        Forms,
        Sorted(ByStatus),
        new BudgetFigures(Initial, FullYear, Executed, YearlyAggregation.Rate(Executed, FullYear)),
        new ScoreAverages(
            YearlyAggregation.Mean(ClaimedSum, ClaimedCount),
            YearlyAggregation.Mean(ComputedSum, ComputedCount),
            YearlyAggregation.Mean(FinalSum, FinalCount)),
        Sorted(ComputedGrades),
        Sorted(FinalGrades),
        Sorted(FindingsByCode),
        IndicatorsBelowWeight
            .Select(kv => new IndicatorCount(kv.Key, kv.Value))
            .OrderByDescending(c => c.Forms).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(YearlyAggregation.TopIndicators)
            .ToList(),
        Workload,
        DeviationOf(RecheckedForms, RecheckDifference, RecheckWeights));

    /// <summary>The group's deviation (偏离度) over its re-checked forms: Σ|diff| ÷ Σ weights; null without any.</summary>
    public static DeviationFigures? DeviationOf(int forms, decimal difference, decimal weights)
    {
        if (forms <= 0)
        {
            return null;
        }

        var deviation = Deviation.Share(difference, weights);
        return new DeviationFigures(forms, difference, weights, deviation, ScoringProfile.Default.QualityOf(deviation));
    }

    public static void Count(Dictionary<string, int> counts, string key, int n) =>
        counts[key] = counts.GetValueOrDefault(key) + n;

    private static void AddAll(Dictionary<string, int> into, Dictionary<string, int> from)
    {
        foreach (var (key, n) in from)
        {
            Count(into, key, n);
        }
    }

    private static SortedDictionary<string, int> Sorted(Dictionary<string, int> counts) =>
        new SortedDictionary<string, int>(counts, StringComparer.Ordinal);
}

/// <summary>The tally of one unit's forms in one department.</summary>
public sealed record UnitTally(string DepartmentId, string UnitId, FormTally Tally);
