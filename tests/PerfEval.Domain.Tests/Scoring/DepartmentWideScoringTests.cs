using System.Text.Json;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Scoring.Common;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>The department-wide form (部门整体支出绩效自评表): its common indicators (共性指标) and what differs from a project's form.</summary>
public class DepartmentWideScoringTests
{
    private static readonly EvaluationForm Sample = DepartmentWideSample.Form();

    private static EvaluationForm WithRow(EvaluationForm form, int index, Func<IndicatorRow, IndicatorRow> change) =>
        form with { Indicators = [.. form.Indicators.Select((r, i) => i == index ? change(r) : r)] };

    [Fact]
    public void The_sample_scores_as_printed_with_no_finding()
    {
        var card = ScoringEngine.Score(Sample);

        Assert.Empty(card.Findings);
        Assert.Equal(99.38m, card.ComputedTotal);
        Assert.Equal("优", card.ComputedGrade);
    }

    [Fact]
    public void 在职人员控制率_over_100_percent_loses_a_tenth_of_its_weight_per_point_and_the_department_figures_govern()
    {
        // indicators[0]: 在职人员控制率 printed 95.24 %, but 44 employed of 42 places is 104.76 %.
        var form = Sample with { Department = Sample.Department! with { ActualStaff = 44 } };

        var card = ScoringEngine.Score(form);

        var mismatch = Assert.Single(card.Findings, f => f.Code == FindingCodes.DepartmentRateMismatch);
        Assert.Equal("indicators[0].actual", mismatch.Path);
        Assert.Equal(95.24m, mismatch.Claimed);
        Assert.Equal(104.76m, mismatch.Computed);
        Assert.Equal(2.62m, card.Indicators[0].RuleScore); // 5 − 5 × 0.1 × 4.76
        var above = Assert.Single(card.Findings, f => f.Code == FindingCodes.ClaimAboveRule);
        Assert.Equal("indicators[0].claimedScore", above.Path);
        Assert.Equal(2.62m, card.Indicators[0].ComputedScore);
    }

    [Theory]
    [InlineData(20.6, 3.5)] // indicators[1]: “三公”经费 up 3 % over 20.00, 5 − 1.5
    [InlineData(18.6, 5)] // down 7 %: within ≤ 0 %
    [InlineData(30, 0)] // up 50 %: deducted to 0, never below
    public void 三公经费变动率_above_0_percent_loses_a_tenth_of_its_weight_per_point(double current, double expected)
    {
        var form = Sample with { Department = Sample.Department! with { ThreePublicCurrent = (decimal)current } };

        var card = ScoringEngine.Score(form);

        Assert.Equal((decimal)expected, card.Indicators[1].RuleScore);
    }

    [Fact]
    public void 重点支出安排率_below_its_target_loses_a_tenth_of_its_weight_per_point()
    {
        // indicators[2]: 624 of 800 is 78 %, 2 points under ≥ 80 %.
        var form = Sample with { Department = Sample.Department! with { KeyExpenditure = 624m } };

        var card = ScoringEngine.Score(form);

        Assert.Equal(4m, card.Indicators[2].RuleScore);
    }

    [Fact]
    public void Without_the_department_figures_the_printed_rate_is_scored()
    {
        // indicators[0] printed at 102 %, no figures to compute it from.
        var form = WithRow(Sample with { Department = null }, 0, r => r with { Actual = "102%", ClaimedScore = 4m, DeviationReason = "借调人员未及时调出。" });

        var card = ScoringEngine.Score(form);

        Assert.Equal(4m, card.Indicators[0].RuleScore);
        Assert.DoesNotContain(card.Findings, f => f.Code == FindingCodes.DepartmentRateMismatch);
    }

    [Fact]
    public void A_row_target_overrides_the_standard()
    {
        // 重点支出安排率 ≥ 90 % in the row: 85 % is 5 points short, 5 − 2.5.
        var form = WithRow(Sample, 2, r => r with { Target = "≥90%" });

        var card = ScoringEngine.Score(form);

        Assert.Equal(2.5m, card.Indicators[2].RuleScore);
    }

    [Fact]
    public void A_missing_common_indicator_is_reported()
    {
        var form = Sample with { Indicators = [.. Sample.Indicators.Where(r => r.Name != "重点支出安排率")] };

        var card = ScoringEngine.Score(form);

        var missing = Assert.Single(card.Findings, f => f.Code == FindingCodes.CommonIndicatorMissing);
        Assert.Contains("重点支出安排率", missing.Message);
    }

    [Fact]
    public void On_a_project_form_the_same_names_are_ordinary_indicators()
    {
        // A project's form: 在职人员控制率 102 % against ≤ 100 % by the ordinary linear decline, 5 × 0.98.
        var project = WithRow(Sample with { Kind = FormKind.Project, Department = null }, 0, r => r with { Actual = "102%" });

        var card = ScoringEngine.Score(project);

        Assert.Equal(4.9m, card.Indicators[0].RuleScore);
        Assert.DoesNotContain(card.Findings, f => f.Code == FindingCodes.CommonIndicatorMissing);
    }

    [Fact]
    public void The_department_wide_form_is_not_held_to_project_targets()
    {
        var departmentWide = ScoringEngine.Score(Sample, ScoringProfile.Default, approvedTargets: null);
        var project = ScoringEngine.Score(Sample with { Kind = FormKind.Project, Department = null }, ScoringProfile.Default, approvedTargets: null);

        Assert.DoesNotContain(departmentWide.Findings, f => f.Code == FindingCodes.TargetNotApproved);
        Assert.Contains(project.Findings, f => f.Code == FindingCodes.TargetNotApproved);
    }

    [Theory]
    [InlineData("在职人员控制率", "在职人员控制率")]
    [InlineData("“三公”经费变动率", "“三公”经费变动率")]
    [InlineData("\"三公\"经费变动率", "“三公”经费变动率")]
    [InlineData("三公经费控制率（%）", "“三公”经费变动率")]
    [InlineData("重点支出 安排率", "重点支出安排率")]
    public void Published_spellings_name_the_common_indicators(string printed, string expected)
    {
        Assert.Equal(expected, CommonIndicators.Find(printed)?.Name);
    }

    [Fact]
    public void The_kind_and_figures_travel_in_JSON_and_a_form_without_a_kind_is_a_project()
    {
        var json = JsonSerializer.Serialize(Sample, FormJson.Options);
        Assert.Contains("\"kind\":\"departmentWide\"", json);
        Assert.Equal(Sample, JsonSerializer.Deserialize<EvaluationForm>(json, FormJson.Options));

        var old = JsonSerializer.Serialize(Sample with { Kind = FormKind.Project, Department = null }, FormJson.Options)
            .Replace("\"kind\":\"project\",", "", StringComparison.Ordinal);
        Assert.Equal(FormKind.Project, JsonSerializer.Deserialize<EvaluationForm>(old, FormJson.Options)!.Kind);
    }

    [Fact]
    public void The_README_s_sample_file_is_this_form()
    {
        var file = JsonSerializer.Deserialize<EvaluationForm>(File.ReadAllText(Path.Combine("TestData", "department-wide.json")), FormJson.Options);

        Assert.Equal(Sample, file);
    }

    [Fact]
    public void The_validator_refuses_department_figures_on_a_project_form_negative_figures_and_unknown_kinds()
    {
        Assert.Empty(FormValidator.Validate(Sample));

        var onProject = FormValidator.Validate(Sample with { Kind = FormKind.Project });
        Assert.Equal("$.department", Assert.Single(onProject).Location);

        var negative = FormValidator.Validate(Sample with { Department = Sample.Department! with { ActualStaff = -1 } });
        Assert.Equal("$.department.actualStaff", Assert.Single(negative).Location);

        var unknown = FormValidator.Validate(Sample with { Kind = (FormKind)7 });
        Assert.Equal("$.kind", Assert.Single(unknown).Location);
    }
}
