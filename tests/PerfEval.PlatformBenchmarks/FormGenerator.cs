using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.PlatformBenchmarks;

/// <summary>
/// Streams of generated forms: the five seed forms with varied budgets, units and departments, each submitted and
/// scored; most claimed, about half approved. Seeded random, so two runs generate the same year.
/// </summary>
public sealed class FormGenerator(IReadOnlyList<EvaluationForm> seeds, int departments, int unitsPerDepartment, int seed = 20240101)
{
    private readonly Random _random = new(seed);
    private readonly Scorecard[] _scorecards = seeds.Select(f => ScoringEngine.Score(f, ScoringProfile.Default)).ToArray();

    public (Guid Id, object[] Events) Next(int index)
    {
        var template = seeds[index % seeds.Count];
        var department = $"dept-{_random.Next(departments):D3}";
        var unit = $"{department}-unit-{_random.Next(unitsPerDepartment):D3}";
        var scale = 0.5m + (decimal)_random.NextDouble() * 4m;
        var executedShare = 0.75m + (decimal)_random.NextDouble() * 0.25m;
        var total = template.Funds.Total;
        var fullYear = Math.Round((total.FullYearBudget ?? 10m) * scale, 2);
        var form = template with
        {
            Header = template.Header with { ProjectName = $"{template.Header.ProjectName}（{index}）" },
            Funds = template.Funds with
            {
                Total = total with
                {
                    InitialBudget = Math.Round((total.InitialBudget ?? 10m) * scale, 2),
                    FullYearBudget = fullYear,
                    Executed = Math.Round(fullYear * executedShare, 2),
                },
            },
        };

        var id = Guid.CreateVersion7();
        var task = ReviewTaskIds.For(id, 1);
        var card = _scorecards[index % seeds.Count];
        var events = new List<object>
        {
            new EvaluationDrafted(id, unit, department, form, "bench"),
            new EvaluationSubmitted(id, unit, department, form.Header.FiscalYear, 1),
            new EvaluationScored(id, 1, card),
            new ReviewTaskOpened(task, id, 1, unit, department, form.Header.FiscalYear, form.Header.ProjectName, null),
        };
        var roll = _random.NextDouble();
        if (roll < 0.8)
        {
            events.Add(new ReviewTaskClaimed(task, id, "reviewer-1", "审核人"));
        }

        if (roll < 0.5)
        {
            var final = Math.Max(0m, card.ComputedTotal - (decimal)_random.Next(0, 12));
            events.Add(new EvaluationApproved(id, task, final, ScoringProfile.Default.GradeOf(final), "reviewer-1", "审核人"));
        }

        return (id, events.ToArray());
    }
}
