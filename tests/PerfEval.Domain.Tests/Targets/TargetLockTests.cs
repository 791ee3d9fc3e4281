using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

public class TargetLockTests
{
    private static readonly Guid FormId = Guid.Parse("0190a000-0000-7000-8000-0000000000f1");

    private static EvaluationDrafted DraftedFrom(params object[] targetEvents) => Assert.IsType<EvaluationDrafted>(Assert.Single(
        EvaluationDecisions.DraftFromTargets(FormId, Given.Unit, Given.State(targetEvents)).Events));

    private static Evaluation LockedDraft() => EvaluationEvolution.Evolve(null, DraftedFrom(Given.Approved()))!;

    private static EvaluationForm Prefilled => TargetLock.Prefill(Given.Content);

    private static EvaluationForm WithRow(EvaluationForm form, int index, Func<IndicatorRow, IndicatorRow> change) =>
        form with { Indicators = [.. form.Indicators.Select((row, i) => i == index ? change(row) : row)] };

    [Fact]
    public void A_draft_from_approved_targets_fills_in_their_cells_and_leaves_the_units_empty()
    {
        var form = DraftedFrom(Given.Approved()).Form;

        Assert.Equal(Given.Content.Header, form.Header);
        Assert.Equal((100m, 80m, 20m, 0m),
            (form.Funds.Total.InitialBudget, form.Funds.CurrentAppropriation.InitialBudget, form.Funds.CarryOver.InitialBudget, form.Funds.Other.InitialBudget));
        Assert.All([form.Funds.Total, form.Funds.CurrentAppropriation, form.Funds.CarryOver, form.Funds.Other],
            row => Assert.Equal((null, null, null), (row.FullYearBudget, row.Executed, row.ClaimedRate)));
        Assert.Equal((10m, null), (form.Funds.Weight, form.Funds.ClaimedScore));
        Assert.Equal((Given.Content.Goals, ""), (form.Goals.Expected, form.Goals.Actual));
        Assert.Equal(
            Given.Content.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target, i.Weight, "", (decimal?)null)),
            form.Indicators.Select(r => (r.Level1, r.Level2, r.Name, r.Target, r.Weight, r.Actual, r.ClaimedScore)));
        Assert.Equal((null, null), (form.ClaimedTotal, form.ClaimedGrade));
    }

    [Fact]
    public void A_draft_from_targets_records_the_declaration_and_the_version_it_was_made_from()
    {
        var drafted = DraftedFrom(Given.Approved());

        Assert.Equal(("unit-1", "dept-1", "targets"), (drafted.UnitId, drafted.DepartmentId, drafted.Source));
        Assert.Equal(new TargetsRef(Given.Id, 1, Given.Content), drafted.FromTargets);
        Assert.Equal(drafted.FromTargets, EvaluationEvolution.Evolve(null, drafted)!.FromTargets);
    }

    [Fact]
    public void After_an_approved_adjustment_the_draft_is_made_from_version_2()
    {
        var drafted = DraftedFrom(Given.AdjustmentApproved());

        Assert.Equal(new TargetsRef(Given.Id, 2, Given.Adjusted), drafted.FromTargets);
        Assert.Equal("≥7000(人)", drafted.Form.Indicators[0].Target);
    }

    [Fact]
    public void A_draft_from_targets_is_refused_to_reviewers_other_units_and_unapproved_targets()
    {
        var approved = Given.State(Given.Approved());
        Assert.Equal(EvaluationErrors.OnlyUnitsDraft, EvaluationDecisions.DraftFromTargets(FormId, Given.Reviewer, approved).Error);
        Assert.Equal(TargetErrors.NotFound, EvaluationDecisions.DraftFromTargets(FormId, Given.OtherUnit, approved).Error);
        Assert.Equal(TargetErrors.NotFound, EvaluationDecisions.DraftFromTargets(FormId, Given.Unit, null).Error);
        Assert.Equal("targets.not_approved",
            EvaluationDecisions.DraftFromTargets(FormId, Given.Unit, Given.State(Given.Claimed())).Error!.Code);
    }

    [Fact]
    public void Changing_indicators_2_target_indicators_0_weight_and_the_implementing_unit_is_refused_naming_each_cell()
    {
        var form = WithRow(WithRow(Prefilled, 2, r => r with { Target = "≤1500(元)" }), 0, r => r with { Weight = 35m });
        form = form with { Header = form.Header with { ImplementingUnit = "另一单位" } };

        var error = EvaluationDecisions.ReplaceContent(LockedDraft(), Given.Unit, form).Error!;

        Assert.Equal(("evaluation.locked_cells_changed", ErrorKind.Conflict), (error.Code, error.Kind));
        Assert.Collection(error.Cells!,
            c => Assert.Equal(("header.implementingUnit", "就业服务中心", "另一单位"), (c.Path, c.Approved, c.Claimed)),
            c => Assert.Equal(("indicators[0].weight", "30", "35", (decimal?)30m, (decimal?)35m), (c.Path, c.Approved, c.Claimed, c.ApprovedValue, c.ClaimedValue)),
            c => Assert.Equal(("indicators[2].target", "≤1200(元)", "≤1500(元)"), (c.Path, c.Approved, c.Claimed)));
        Assert.Contains("indicators[2].target", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("≤1200(元)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_budget_goals_execution_weight_or_an_indicators_headings_is_refused()
    {
        var form = Prefilled with
        {
            Funds = Prefilled.Funds with { Total = Prefilled.Funds.Total with { InitialBudget = 120m }, Weight = 15m },
            Goals = Prefilled.Goals with { Expected = "新的目标" },
        };
        form = WithRow(form, 3, r => r with { Level1 = "产出指标", Name = "就业率" });

        var error = EvaluationDecisions.ReplaceContent(LockedDraft(), Given.Unit, form).Error!;

        Assert.Equal(
            ["funds.total.initialBudget", "funds.weight", "goals.expected", "indicators[3].level1", "indicators[3].name"],
            error.Cells!.Select(c => c.Path));
    }

    [Fact]
    public void Removing_an_indicator_is_refused_as_a_change_of_their_number()
    {
        var form = Prefilled with { Indicators = [.. Prefilled.Indicators.Take(4)] };

        var cell = Assert.Single(EvaluationDecisions.ReplaceContent(LockedDraft(), Given.Unit, form).Error!.Cells!);

        Assert.Equal(("indicators", 5m, 4m), (cell.Path, cell.ApprovedValue, cell.ClaimedValue));
    }

    [Fact]
    public void Filling_in_the_units_cells_of_a_locked_draft_is_accepted()
    {
        var form = Prefilled with
        {
            Funds = Prefilled.Funds with
            {
                Total = Prefilled.Funds.Total with { FullYearBudget = 95m, Executed = 90m, ClaimedRate = 94.74m },
                CurrentAppropriation = Prefilled.Funds.CurrentAppropriation with { FullYearBudget = 75m, Executed = 70m },
                ClaimedScore = 9.47m,
            },
            Goals = Prefilled.Goals with { Actual = "已按时足额发放。" },
            ClaimedTotal = 95m,
            ClaimedGrade = "优",
        };
        form = WithRow(form, 0, r => r with { Actual = "7600(人)", ClaimedScore = 28m, DeviationReason = "部分人员转为正式就业" });

        var decision = EvaluationDecisions.ReplaceContent(LockedDraft(), Given.Unit, form);

        Assert.Equal(new EvaluationContentReplaced(FormId, form), Assert.Single(decision.Events));
    }

    [Fact]
    public void Whitespace_only_differences_in_locked_cells_are_not_changes()
    {
        var form = WithRow(Prefilled, 0, r => r with { Target = " ≥ 8000 (人) ", Name = "补贴\n人数" });
        form = form with { Header = form.Header with { ProjectName = "灵活就业\r\n工作经费" } };

        Assert.Empty(TargetLock.Differences(Given.Content, form));
        Assert.True(EvaluationDecisions.ReplaceContent(LockedDraft(), Given.Unit, form).IsAccepted);
    }

    [Fact]
    public void A_form_not_made_from_targets_has_no_locked_cells()
    {
        var free = EvaluationEvolution.Evolve(null, new EvaluationDrafted(FormId, "unit-1", "dept-1", Prefilled, "api"))!;
        var form = WithRow(Prefilled, 2, r => r with { Target = "≤1500(元)" });

        Assert.True(EvaluationDecisions.ReplaceContent(free, Given.Unit, form).IsAccepted);
    }

    [Fact]
    public void The_check_gives_TARGET_CHANGED_for_each_differing_cell()
    {
        var form = WithRow(WithRow(Prefilled, 2, r => r with { Target = "≤1500(元)" }), 4, r => r with { Weight = 5m });

        var findings = TargetLock.Check(form, Given.Content);

        Assert.All(findings, f => Assert.Equal((FindingCodes.TargetChanged, Severity.Error), (f.Code, f.Severity)));
        Assert.Collection(findings,
            f => Assert.Equal(("indicators[2].target", null, null), (f.Path, f.Claimed, f.Computed)),
            f => Assert.Equal(("indicators[4].weight", (decimal?)5m, (decimal?)10m), (f.Path, f.Claimed, f.Computed)));
        Assert.Contains("≤1500(元)", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_of_a_form_matching_its_targets_finds_nothing()
    {
        Assert.Empty(TargetLock.Check(Prefilled, Given.Content));
    }

    [Fact]
    public void Without_approved_targets_the_check_warns_TARGET_NOT_APPROVED()
    {
        var finding = Assert.Single(TargetLock.Check(Prefilled, null));

        Assert.Equal((FindingCodes.TargetNotApproved, Severity.Warning, "header"), (finding.Code, finding.Severity, finding.Path));
    }
}
