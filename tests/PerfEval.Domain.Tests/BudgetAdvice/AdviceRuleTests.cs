using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.History;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.BudgetAdvice;

/// <summary>BA-GRADE, BA-DEVIATION, BA-RECTIFICATION and BA-OVERRIDE: the final grade (表头“审定等级”) to next year's advice.</summary>
public class AdviceRuleTests
{
    private static readonly BudgetAdviceSettings Settings = new();

    private static ComputedAdvice Advice(string grade, decimal? deviation = null, RectificationState rectification = RectificationState.None) =>
        AdviceRules.Compute(new AdviceInput(grade, deviation, rectification), Settings);

    [Theory]
    [InlineData("优", AdviceKind.Priority, "优先保障")]
    [InlineData("良", AdviceKind.Maintain, "维持")]
    [InlineData("中", AdviceKind.Cut, "压减 10%")]
    [InlineData("差", AdviceKind.CancelOrSuspend, "取消或暂停")]
    public void Each_final_grade_maps_to_its_advice(string grade, AdviceKind kind, string label)
    {
        var advice = Advice(grade);

        Assert.Equal((kind, label), (advice.Kind, advice.Label));
        Assert.Equal($"审定等级 {grade}：{AdviceKinds.Zh(kind)}", Assert.Single(advice.Reasons));
    }

    [Fact]
    public void The_mapping_and_the_cut_share_are_settings()
    {
        var settings = new BudgetAdviceSettings { CutPercent = 15m };
        settings.Grades["良"] = AdviceKind.Cut;

        var advice = AdviceRules.Compute(new AdviceInput("良", null, RectificationState.None), settings);

        Assert.Equal("压减 15%", advice.Label);
    }

    [Fact]
    public void A_deviation_above_the_threshold_lowers_the_advice_one_step()
    {
        Assert.Equal(AdviceKind.Priority, Advice("优", 0.10m).Kind);
        var lowered = Advice("优", 0.1025m);
        Assert.Equal(AdviceKind.Maintain, lowered.Kind);
        Assert.Contains("复核偏离度 10.25% 超过 10%：下调一档", lowered.Reasons);
        Assert.Contains("Re-check deviation 10.25% above 10%: one step down", lowered.ReasonsEn);
    }

    [Fact]
    public void Every_reason_is_given_in_English_too_in_the_same_order()
    {
        var advice = Advice("良", 0.2m, RectificationState.Overdue);

        Assert.Equal(["审定等级 良：维持", "复核偏离度 20% 超过 10%：下调一档", "整改逾期未完成：下调一档"], advice.Reasons);
        Assert.Equal(["Final grade Good: maintain", "Re-check deviation 20% above 10%: one step down", "Rectification overdue: one step down"], advice.ReasonsEn);
    }

    [Fact]
    public void An_overdue_rectification_lowers_it_an_open_one_is_only_noted_and_nothing_goes_past_cancel()
    {
        Assert.Equal((AdviceKind.Cut, (decimal?)10m), (Advice("良", rectification: RectificationState.Overdue).Kind, Advice("良", rectification: RectificationState.Overdue).CutPercent));
        var open = Advice("良", rectification: RectificationState.Open);
        Assert.Equal(AdviceKind.Maintain, open.Kind);
        Assert.Contains("整改进行中（未逾期，不调整建议）", open.Reasons);
        Assert.Equal(AdviceKind.Maintain, Advice("良", rectification: RectificationState.Completed).Kind);
        Assert.Equal(AdviceKind.CancelOrSuspend, Advice("中", 0.2m, RectificationState.Overdue).Kind);
        Assert.Equal(AdviceKind.CancelOrSuspend, Advice("差", 0.2m, RectificationState.Overdue).Kind);
    }

    [Fact]
    public void A_manager_overrides_an_approved_forms_advice_with_a_reason_and_the_form_keeps_it_until_reopened()
    {
        var events = SeedLifecycle.Approved(SeedForms.MemberCard, 89.5m, "良");
        var form = EvaluationReplay.Fold(events)!;
        var manager = Evaluations.Given.Manager;

        var decision = OverrideAdvice.Decide(form, manager, form.FiscalYear, AdviceKind.Maintain, AdviceKind.Cut, null, "绩效目标偏低", Settings);

        var overridden = Assert.IsType<BudgetAdviceOverridden>(Assert.Single(decision.Events));
        Assert.Equal((AdviceKind.Maintain, AdviceKind.Cut, (decimal?)10m), (overridden.Computed, overridden.Advice, overridden.CutPercent));
        var state = EvaluationReplay.Fold([.. events, overridden])!;
        Assert.Equal(new AdviceOverride(AdviceKind.Cut, 10m, "绩效目标偏低", manager.Name), state.AdviceOverride);
        Assert.Null(EvaluationReplay.Fold([.. events, overridden, new EvaluationReopened(form.Id, "数据更正", "m1")])!.AdviceOverride);
        Assert.Equal("管理人员 管理人员 将 2024 年度结果应用建议由“维持”调整为“压减 10%”，理由：绩效目标偏低", EventSummaries.Of(overridden).Zh);
    }

    [Fact]
    public void Only_managers_override_only_approved_forms_of_the_year_with_a_reason_and_a_fitting_share()
    {
        var approved = EvaluationReplay.Fold(SeedLifecycle.Approved(SeedForms.MemberCard, 89.5m, "良"))!;
        var draft = approved with { Status = EvaluationStatus.Draft };
        var manager = Evaluations.Given.Manager;
        Decision Decide(Evaluation f, Actor a, int year, AdviceKind? kind, decimal? share, string? reason) =>
            OverrideAdvice.Decide(f, a, year, AdviceKind.Maintain, kind, share, reason, Settings);

        Assert.Equal("review.only_managers", Decide(approved, Evaluations.Given.Reviewer, 2024, AdviceKind.Cut, null, "r").Error!.Code);
        Assert.Equal("budget_advice.not_in_year", Decide(approved, manager, 2025, AdviceKind.Cut, null, "r").Error!.Code);
        Assert.Equal("budget_advice.not_approved", Decide(draft, manager, 2024, AdviceKind.Cut, null, "r").Error!.Code);
        var departmentWide = approved with { Form = approved.Form with { Kind = FormKind.DepartmentWide } };
        Assert.Equal("budget_advice.not_a_project", Decide(departmentWide, manager, 2024, AdviceKind.Cut, null, "r").Error!.Code);
        Assert.Equal("budget_advice.advice_invalid", Decide(approved, manager, 2024, null, null, "r").Error!.Code);
        Assert.Equal("budget_advice.cutPercent_invalid", Decide(approved, manager, 2024, AdviceKind.Maintain, 5m, "r").Error!.Code);
        Assert.Equal("budget_advice.cutPercent_invalid", Decide(approved, manager, 2024, AdviceKind.Cut, 0m, "r").Error!.Code);
        Assert.Equal("review.reason_required", Decide(approved, manager, 2024, AdviceKind.Cut, 20m, " ").Error!.Code);
        Assert.Equal(20m, Assert.IsType<BudgetAdviceOverridden>(Decide(approved, manager, 2024, AdviceKind.Cut, 20m, "r").Events[0]).CutPercent);
    }
}

public class BudgetAdviceListTests
{
    [Fact]
    public void The_list_holds_approved_projects_forms_and_leaves_out_the_department_wide_form()
    {
        var project = Evaluations.Given.State(Evaluations.Given.Approved());
        var departmentWide = project with { Form = PerfEval.TestFiles.DepartmentWideSample.Form() };

        var rows = PerfEval.Domain.BudgetAdvice.BudgetAdviceList.Rows(
            [project, departmentWide], [], new DateOnly(2025, 6, 1), new PerfEval.Domain.BudgetAdvice.BudgetAdviceSettings());

        Assert.Equal(project.Id, Assert.Single(rows).EvaluationId);
    }
}
