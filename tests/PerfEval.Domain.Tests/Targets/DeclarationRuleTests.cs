using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

/// <summary>The declaration checks, each on one cell of <see cref="Given.Content"/>, whose own check finds nothing.</summary>
public class DeclarationRuleTests
{
    private static readonly Dictionary<string, Measure> NoPreviousYear = [];

    private static IReadOnlyList<Finding> Check(TargetContent content, IReadOnlyDictionary<string, Measure>? previous = null) =>
        DeclarationRules.Check(content, ScoringProfile.Default, previous ?? NoPreviousYear);

    private static IReadOnlyList<Finding> CheckTarget(int index, string target, IReadOnlyDictionary<string, Measure>? previous = null) =>
        Check(Given.WithIndicator(Given.Content, index, i => i with { Target = target }), previous);

    [Fact]
    public void A_well_formed_declaration_has_no_findings()
    {
        Assert.Empty(Check(Given.Content));
    }

    [Fact]
    public void Weights_that_do_not_add_up_to_100_are_an_error_on_weights()
    {
        var findings = Check(Given.WithIndicator(Given.Content, 0, i => i with { Weight = 25m }));

        var finding = Assert.Single(findings);
        Assert.Equal((FindingCodes.TargetWeightsNotTotal, Severity.Error, IndicatorPaths.Weights), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal(((decimal?)95m, (decimal?)100m), (finding.Claimed, finding.Computed));
    }

    [Theory]
    [InlineData(29.99)]
    [InlineData(30.01)]
    public void Weights_within_the_profiles_tolerance_of_100_add_up(double weight)
    {
        Assert.Empty(Check(Given.WithIndicator(Given.Content, 0, i => i with { Weight = (decimal)weight })));
    }

    [Fact]
    public void The_execution_weight_counts_towards_the_total()
    {
        var finding = Assert.Single(Check(Given.Content with { ExecutionWeight = 20m }));
        Assert.Equal((FindingCodes.TargetWeightsNotTotal, (decimal?)110m), (finding.Code, finding.Claimed));
    }

    [Theory]
    [InlineData(4, "满意度")]
    [InlineData(3, "效益")]
    public void A_missing_level1_category_is_an_error(int index, string category)
    {
        var content = Given.WithIndicator(Given.Content, index, i => i with { Level1 = "产出指标" });

        var finding = Assert.Single(Check(content));

        Assert.Equal((FindingCodes.TargetLevel1Missing, Severity.Error, "indicators"), (finding.Code, finding.Severity, finding.Path));
        Assert.Contains(category + "指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level1_heading_with_surrounding_spaces_still_counts()
    {
        Assert.Empty(Check(Given.WithIndicator(Given.Content, 4, i => i with { Level1 = " 满意度指标 " })));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_indicators_1_target_is_an_error(string target)
    {
        var finding = Assert.Single(CheckTarget(1, target));
        Assert.Equal((FindingCodes.TargetValueMissing, Severity.Error, "indicators[1].target"), (finding.Code, finding.Severity, finding.Path));
    }

    [Fact]
    public void A_number_without_a_comparator_in_indicators_0_target_is_an_error()
    {
        var finding = Assert.Single(CheckTarget(0, "8000(人)"));
        Assert.Equal((FindingCodes.TargetComparatorMissing, Severity.Error, "indicators[0].target"), (finding.Code, finding.Severity, finding.Path));
    }

    [Theory]
    [InlineData("≥8000(人)")]
    [InlineData(">=8000人")]
    [InlineData("=8000(人)")]
    public void A_number_with_a_comparator_and_unit_is_fine(string target)
    {
        Assert.Empty(CheckTarget(0, target));
    }

    [Fact]
    public void A_number_without_a_unit_in_indicators_0_target_is_an_error()
    {
        var finding = Assert.Single(CheckTarget(0, "≥8000"));
        Assert.Equal((FindingCodes.TargetUnitMissing, Severity.Error, "indicators[0].target"), (finding.Code, finding.Severity, finding.Path));
    }

    [Fact]
    public void A_bare_number_lacks_both_comparator_and_unit()
    {
        Assert.Equal(
            [FindingCodes.TargetComparatorMissing, FindingCodes.TargetUnitMissing],
            CheckTarget(0, "8000").Select(f => f.Code));
    }

    [Theory]
    [InlineData("≥1200(元)")]
    [InlineData(">1200(元)")]
    public void A_cost_indicator_with_a_lower_bound_in_indicators_2_target_is_an_error(string target)
    {
        var finding = Assert.Single(CheckTarget(2, target));
        Assert.Equal((FindingCodes.CostTargetAtLeast, Severity.Error, "indicators[2].target"), (finding.Code, finding.Severity, finding.Path));
    }

    [Theory]
    [InlineData("≤1200(元)")]
    [InlineData("<1200(元)")]
    [InlineData("=1200(元)")]
    public void A_cost_indicator_with_an_upper_bound_or_exact_value_is_fine(string target)
    {
        Assert.Empty(CheckTarget(2, target));
    }

    [Fact]
    public void A_lower_bound_is_fine_on_an_indicator_whose_level2_is_not_cost()
    {
        Assert.False(DeclarationRules.IsCost(Given.Content.Indicators[0]));
        Assert.True(DeclarationRules.IsCost(Given.Content.Indicators[2]));
        Assert.Empty(CheckTarget(0, "≥8000(人)"));
    }

    [Fact]
    public void A_target_below_the_previous_years_actual_in_the_same_unit_is_a_warning()
    {
        var previous = new Dictionary<string, Measure> { ["补贴人数"] = Measure.Parse("9000(人)") };

        var finding = Assert.Single(Check(Given.Content, previous));

        Assert.Equal((FindingCodes.TargetBelowPreviousActual, Severity.Warning, "indicators[0].target"), (finding.Code, finding.Severity, finding.Path));
        Assert.Equal(((decimal?)8000m, (decimal?)9000m), (finding.Claimed, finding.Computed));
    }

    [Theory]
    [InlineData("8000(人)")]
    [InlineData("7500(人)")]
    [InlineData("9000(户)")]
    [InlineData("9000")]
    [InlineData("达成年度指标")]
    public void A_target_not_below_the_previous_actual_or_in_another_unit_is_not_flagged(string actual)
    {
        var previous = new Dictionary<string, Measure> { ["补贴人数"] = Measure.Parse(actual) };
        Assert.Empty(Check(Given.Content, previous));
    }

    [Fact]
    public void The_previous_actual_is_found_by_the_indicators_name_without_whitespace()
    {
        var content = Given.WithIndicator(Given.Content, 0, i => i with { Name = "补贴\n人数" });
        var previous = new Dictionary<string, Measure> { ["补贴人数"] = Measure.Parse("9000(人)") };

        Assert.Equal(FindingCodes.TargetBelowPreviousActual, Assert.Single(Check(content, previous)).Code);
    }

    [Fact]
    public void An_upper_bound_below_the_previous_actual_is_not_flagged()
    {
        var previous = new Dictionary<string, Measure> { ["人均补贴成本"] = Measure.Parse("1300(元)") };
        Assert.Empty(Check(Given.Content, previous));
    }

    [Theory]
    [InlineData("社会效益明显", "明显")]
    [InlineData("有效提升就业质量", "有效提升")]
    [InlineData("服务水平 进一步 提高", "进一步")]
    public void A_vague_wording_in_indicators_3_target_is_a_warning(string target, string word)
    {
        var finding = Assert.Single(CheckTarget(3, target));

        Assert.Equal((FindingCodes.TargetVague, Severity.Warning, "indicators[3].target"), (finding.Code, finding.Severity, finding.Path));
        Assert.Contains(word, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("达成年度指标")]
    [InlineData("按时发放")]
    [InlineData("部分达成指标并具有一定效果")]
    public void A_tier_phrase_or_a_measurable_wording_is_not_vague(string target)
    {
        Assert.Empty(CheckTarget(3, target));
    }

    [Fact]
    public void The_required_level1_categories_come_from_the_profile()
    {
        var profile = ScoringProfile.Default with { RequiredLevel1 = ["产出", "效益", "满意度", "成本"] };

        var finding = Assert.Single(DeclarationRules.Check(Given.Content, profile, NoPreviousYear));

        Assert.Equal(FindingCodes.TargetLevel1Missing, finding.Code);
        Assert.Contains("成本指标", finding.Message, StringComparison.Ordinal);
    }
}
