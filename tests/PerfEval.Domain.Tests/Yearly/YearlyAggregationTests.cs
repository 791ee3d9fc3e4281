using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.History;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.Domain.Yearly;
using PerfEval.TestOracles;

namespace PerfEval.Domain.Tests.Yearly;

/// <summary>The yearly figures of the five seed forms, approved with known final totals.</summary>
public class YearlyAggregationTests
{
    private static readonly DateOnly Today = new(2025, 4, 1);

    /// <summary>Final totals the reviewers fix: the member card form is marked down to 89.50 (良).</summary>
    public static readonly (decimal Total, string Grade)[] Finals =
        [(98.00m, "优"), (95.90m, "优"), (97.00m, "优"), (96.07m, "优"), (89.50m, "良")];

    private static IReadOnlyList<YearlyFormFacts> SeedFacts() => SeedForms.All
        .Select((form, i) => Fold(SeedLifecycle.Approved(form, Finals[i].Total, Finals[i].Grade, unit: i < 3 ? "unit-a" : "unit-b")))
        .ToList();

    private static YearlyFormFacts Fold(IEnumerable<object> events) =>
        events.Aggregate((YearlyFormFacts?)null, YearlyFactsEvolution.Evolve)!;

    [Fact]
    public void Budget_totals_and_execution_rate_of_the_seed_forms()
    {
        var figures = FactsOracle.Aggregate(2024, "dept-1", SeedFacts(), Today, null).Total;

        Assert.Equal(5, figures.Forms);
        Assert.Equal(new BudgetFigures(187.80m, 179.48m, 170.31m, 94.89m), figures.Budget);
    }

    [Fact]
    public void Averages_of_claimed_computed_and_final_totals()
    {
        var figures = FactsOracle.Aggregate(2024, null, SeedFacts(), Today, null).Total;

        // (98 + 96.04 + 97 + 96.52 + 96) / 5; (98 + 95.94 + 97 + 96.07 + 94.91) / 5; (98 + 95.9 + 97 + 96.07 + 89.5) / 5
        Assert.Equal(new ScoreAverages(96.71m, 96.38m, 95.29m), figures.Averages);
    }

    [Fact]
    public void Grades_findings_and_indicators_below_weight_are_counted()
    {
        var figures = FactsOracle.Aggregate(2024, null, SeedFacts(), Today, null).Total;

        Assert.Equal(new Dictionary<string, int> { ["优"] = 5 }, figures.ComputedGrades);
        Assert.Equal(new Dictionary<string, int> { ["优"] = 4, ["良"] = 1 }, figures.FinalGrades);
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 5 }, figures.ByStatus);
        Assert.Equal(
            new Dictionary<string, int>
            {
                [FindingCodes.ClaimAboveRule] = 1,
                [FindingCodes.ClaimOutsideTierBand] = 1,
                [FindingCodes.DeviationReasonMissing] = 3,
                [FindingCodes.ExecutionScoreMismatch] = 1,
            },
            figures.FindingsByCode);
        Assert.Equal(10, figures.IndicatorsMostOftenBelowWeight.Count);
        Assert.Contains(new IndicatorCount("注册会员卡数", 1), figures.IndicatorsMostOftenBelowWeight);
    }

    [Fact]
    public void Units_and_departments_are_grouped_separately()
    {
        var figures = FactsOracle.Aggregate(2024, null, SeedFacts(), Today, null);

        Assert.Equal(["unit-a", "unit-b"], figures.Units.Select(u => u.Key));
        Assert.Equal([3, 2], figures.Units.Select(u => u.Forms));
        Assert.Equal("dept-1", Assert.Single(figures.Departments).Key);
        Assert.Equal(new BudgetFigures(126.60m, 118.28m, 116.23m, 98.27m), figures.Units[0].Budget);
    }

    [Fact]
    public void Workload_counts_open_claimed_and_overdue_tasks()
    {
        var open = Fold(SeedLifecycle.Approved(SeedForms.FlexibleEmployment, 98m, "优").Take(4));
        var claimed = Fold(SeedLifecycle.Approved(SeedForms.MemberCard, 90m, "优").Take(5)) with { TaskDueDate = new DateOnly(2025, 3, 1) };
        var done = Fold(SeedLifecycle.Approved(SeedForms.RetireeCommittee, 97m, "优"));

        var workload = FactsOracle.Workload([open, claimed, done], Today, reviewDue: new DateOnly(2025, 5, 31));

        Assert.Equal(new ReviewerWorkload(Open: 1, Claimed: 1, Overdue: 1), workload);
        Assert.Equal(ReviewTaskStatus.Done, done.TaskStatus);
    }

    [Fact]
    public void Facts_follow_the_same_statuses_as_the_form_state_through_a_full_lifecycle()
    {
        var events = SeedLifecycle.Everything(SeedForms.InnovationStudio);

        for (var n = 1; n <= events.Count; n++)
        {
            var prefix = events.Take(n).ToList();
            Assert.Equal(EvaluationReplay.Fold(prefix)!.Status, Fold(prefix).Status);
        }
    }

    [Fact]
    public void Resubmission_clears_the_final_score()
    {
        var events = SeedLifecycle.Approved(SeedForms.FlexibleEmployment, 98m, "优").ToList();
        var approved = Fold(events);
        var id = approved.Id;

        var reopened = Fold([.. events, new EvaluationReopened(id, "更正", "m1"), new EvaluationSubmitted(id, "unit-1", "dept-1", 2024, 2)]);

        Assert.Equal(98m, approved.FinalTotal);
        Assert.Null(reopened.FinalTotal);
        Assert.Equal(EvaluationStatus.Submitted, reopened.Status);
    }

    [Fact]
    public void Tallies_of_units_added_up_give_the_figures_of_all_their_forms()
    {
        var facts = SeedFacts();
        var all = facts.Aggregate(new FormTally(), (t, f) => t.Add(f, Today, null)).ToFigures("all", null);

        var byUnit = facts.GroupBy(f => f.UnitId)
            .Select(g => g.Aggregate(new FormTally(), (t, f) => t.Add(f, Today, null)));
        var merged = FormTally.Of(byUnit).ToFigures("all", null);

        Assert.Equivalent(all, merged, strict: true);
        Assert.Equal(all.Budget, merged.Budget);
        Assert.Equal(all.Averages, merged.Averages);
        Assert.Equal(all.IndicatorsMostOftenBelowWeight, merged.IndicatorsMostOftenBelowWeight);
        Assert.Equal(new BudgetFigures(187.80m, 179.48m, 170.31m, 94.89m), merged.Budget);
    }

    [Fact]
    public void An_indicator_listed_twice_in_one_form_counts_that_form_once()
    {
        var fact = SeedFacts()[0] with { IndicatorsBelowWeight = ["满意度", "满意度"] };

        var tally = new FormTally().Add(fact, Today, null);

        Assert.Equal(new IndicatorCount("满意度", 1), Assert.Single(tally.ToFigures("all", null).IndicatorsMostOftenBelowWeight));
    }

    [Fact]
    public void Figures_from_unit_tallies_list_a_unit_found_under_two_departments_once_with_the_first_department()
    {
        var facts = SeedFacts();
        var moved = facts.Select((f, i) => i == 4 ? f with { DepartmentId = "dept-0" } : f).ToList();

        var figures = FactsOracle.Aggregate(2024, null, moved, Today, null);

        Assert.Equal(["dept-0", "dept-1"], figures.Departments.Select(d => d.Key));
        Assert.Equal([1, 4], figures.Departments.Select(d => d.Forms));
        var unitB = figures.Units.Single(u => u.Key == "unit-b");
        Assert.Equal(2, unitB.Forms);
        Assert.Equal("dept-0", unitB.DepartmentId);
    }

    [Fact]
    public void Tasks_counted_by_status_and_due_date_give_the_workload_of_the_forms_counted_one_by_one()
    {
        var reviewDue = new DateOnly(2025, 5, 31);
        var open = Fold(SeedLifecycle.Approved(SeedForms.FlexibleEmployment, 98m, "优").Take(4));
        var claimed = Fold(SeedLifecycle.Approved(SeedForms.MemberCard, 90m, "优").Take(5));
        var facts = new[]
        {
            open, open with { TaskDueDate = new DateOnly(2025, 3, 1) }, open with { TaskDueDate = new DateOnly(2025, 4, 1) },
            claimed, claimed with { TaskDueDate = new DateOnly(2025, 3, 31) },
        };

        foreach (var today in new[] { new DateOnly(2025, 3, 1), new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 2), new DateOnly(2025, 6, 1) })
        {
            var oneByOne = FactsOracle.Workload(facts, today, reviewDue);
            var byDueDate = facts
                .GroupBy(f => (f.TaskStatus!.Value, f.TaskDueDate))
                .Aggregate(new FormTally(), (t, g) => t.AddTasks(g.Key.Value, g.Key.TaskDueDate, g.Count(), today, reviewDue));

            Assert.Equal(oneByOne, byDueDate.Workload);
        }

        Assert.Equal(new ReviewerWorkload(Open: 3, Claimed: 2, Overdue: 3), FactsOracle.Workload(facts, new DateOnly(2025, 4, 2), reviewDue));
        Assert.Equal(new ReviewerWorkload(Open: 3, Claimed: 2, Overdue: 5), FactsOracle.Workload(facts, new DateOnly(2025, 6, 1), reviewDue));
    }

    [Fact]
    public void Done_tasks_are_not_counted()
    {
        var tally = new FormTally().AddTasks(ReviewTaskStatus.Done, new DateOnly(2025, 1, 1), 4, Today, null);

        Assert.Equal((0, 0, 0), (tally.OpenTasks, tally.ClaimedTasks, tally.OverdueTasks));
    }
}
