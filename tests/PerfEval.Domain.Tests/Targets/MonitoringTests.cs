using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

public class MonitoringTests
{
    private static MonitoringReport Report(int month, decimal executed, params IndicatorProgress[] indicators) =>
        new() { CutOffMonth = month, ExecutedToDate = executed, Indicators = indicators };

    private static IndicatorProgress OnTrack(int index) => new(index, "按计划推进", true);

    [Theory]
    [InlineData(59.99, ExecutionLight.Red)]
    [InlineData(60, ExecutionLight.Yellow)]
    [InlineData(79.99, ExecutionLight.Yellow)]
    [InlineData(80, ExecutionLight.Green)]
    [InlineData(0, ExecutionLight.Red)]
    [InlineData(-1, ExecutionLight.Red)]
    [InlineData(150, ExecutionLight.Green)]
    public void The_light_at_and_around_the_default_thresholds(double pace, ExecutionLight light)
    {
        Assert.Equal(light, MonitoringRules.LightOf((decimal)pace, ScoringProfile.Default));
    }

    [Fact]
    public void No_pace_is_red()
    {
        Assert.Equal(ExecutionLight.Red, MonitoringRules.LightOf(null, ScoringProfile.Default));
    }

    [Fact]
    public void The_thresholds_are_the_profiles()
    {
        var profile = ScoringProfile.Default with { MonitoringRedBelow = 50m, MonitoringYellowBelow = 70m };

        Assert.Equal((60m, 80m), (ScoringProfile.Default.MonitoringRedBelow, ScoringProfile.Default.MonitoringYellowBelow));
        Assert.Equal(ExecutionLight.Yellow, MonitoringRules.LightOf(55m, profile));
        Assert.Equal(ExecutionLight.Green, MonitoringRules.LightOf(70m, profile));
    }

    [Fact]
    public void The_rate_is_executed_over_the_budget_total_and_the_pace_is_the_rate_over_the_share_of_the_year_elapsed()
    {
        var assessment = MonitoringRules.Assess(Report(6, 30m, OnTrack(0)), Given.Content, ScoringProfile.Default);

        Assert.Equal(new MonitoringAssessment(30m, 50m, 60m, ExecutionLight.Yellow, 0), assessment);
    }

    [Fact]
    public void At_the_years_end_the_pace_is_the_rate()
    {
        var assessment = MonitoringRules.Assess(Report(12, 85m), Given.Content, ScoringProfile.Default);

        Assert.Equal(new MonitoringAssessment(85m, 100m, 85m, ExecutionLight.Green, 0), assessment);
    }

    [Fact]
    public void Shares_and_rates_are_rounded_to_two_decimals()
    {
        var assessment = MonitoringRules.Assess(Report(7, 35m), Given.Content, ScoringProfile.Default);

        Assert.Equal((35m, 58.33m, 60.00m, ExecutionLight.Yellow), (assessment.ExecutionRate, assessment.ElapsedShare, assessment.Pace, assessment.Light));
    }

    [Fact]
    public void A_slow_start_is_red()
    {
        var assessment = MonitoringRules.Assess(Report(9, 40m), Given.Content, ScoringProfile.Default);

        Assert.Equal((40m, 75m, 53.33m, ExecutionLight.Red), (assessment.ExecutionRate, assessment.ElapsedShare, assessment.Pace, assessment.Light));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0.0)]
    public void Without_a_budget_there_is_no_rate_and_the_light_is_red(double? total)
    {
        var content = Given.Content with { Budget = Given.Content.Budget with { Total = (decimal?)total } };

        var assessment = MonitoringRules.Assess(Report(6, 30m), content, ScoringProfile.Default);

        Assert.Equal(new MonitoringAssessment(null, 50m, null, ExecutionLight.Red, 0), assessment);
    }

    [Fact]
    public void The_assessment_counts_the_indicators_off_track()
    {
        var report = Report(6, 50m, OnTrack(0), new IndicatorProgress(1, "60(%)", false, "系统升级", "加快审核"), new IndicatorProgress(2, "1250(元)", false, "价格上涨", "压缩开支"));

        Assert.Equal(2, MonitoringRules.Assess(report, Given.Content, ScoringProfile.Default).OffTrack);
    }

    [Fact]
    public void A_complete_report_is_accepted()
    {
        var report = Report(6, 30m, OnTrack(0), new IndicatorProgress(1, "60(%)", false, "系统升级", "加快审核"));
        Assert.Null(MonitoringValidation.Problem(report, Given.Content));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_cut_off_month_outside_1_to_12_is_refused(int month)
    {
        var problem = MonitoringValidation.Problem(Report(month, 30m), Given.Content)!;

        Assert.Equal("monitoring.month_invalid", problem.Code);
        Assert.Contains("cutOffMonth", problem.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void The_first_and_last_months_are_accepted(int month)
    {
        Assert.Null(MonitoringValidation.Problem(Report(month, 0m), Given.Content));
    }

    [Fact]
    public void A_negative_amount_executed_is_refused()
    {
        Assert.Equal("monitoring.executed_invalid", MonitoringValidation.Problem(Report(6, -1m), Given.Content)!.Code);
    }

    [Theory]
    [InlineData(null, "补救", "indicators[0].reason")]
    [InlineData("  ", "补救", "indicators[0].reason")]
    [InlineData("原因", null, "indicators[0].remedy")]
    [InlineData("原因", "", "indicators[0].remedy")]
    public void An_indicator_off_track_needs_a_reason_and_a_remedy(string? reason, string? remedy, string cell)
    {
        var problem = MonitoringValidation.Problem(Report(6, 30m, new IndicatorProgress(1, "60(%)", false, reason, remedy)), Given.Content)!;

        Assert.Equal("monitoring.reason_required", problem.Code);
        Assert.EndsWith($"({cell})", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_on_track_needs_neither_reason_nor_remedy()
    {
        Assert.Null(MonitoringValidation.Problem(Report(6, 30m, new IndicatorProgress(1, "60(%)", true)), Given.Content));
    }

    [Fact]
    public void An_indicator_needs_its_value_so_far()
    {
        var problem = MonitoringValidation.Problem(Report(6, 30m, new IndicatorProgress(0, " ", true)), Given.Content)!;
        Assert.Equal("monitoring.value_required", problem.Code);
        Assert.EndsWith("(indicators[0].valueSoFar)", problem.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void A_row_naming_an_indicator_that_does_not_exist_is_refused(int index)
    {
        var problem = MonitoringValidation.Problem(Report(6, 30m, OnTrack(index)), Given.Content)!;

        Assert.Equal("monitoring.indicator_invalid", problem.Code);
        Assert.EndsWith("(indicators[0].index)", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_naming_an_indicator_twice_is_refused_at_the_second_row()
    {
        var problem = MonitoringValidation.Problem(Report(6, 30m, OnTrack(2), OnTrack(2)), Given.Content)!;

        Assert.Equal("monitoring.indicator_invalid", problem.Code);
        Assert.EndsWith("(indicators[1].index)", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_owner_reports_monitoring_on_approved_targets_and_the_declaration_shows_the_light()
    {
        var report = Report(6, 30m, OnTrack(0));

        var decision = TargetDecisions.ReportMonitoring(Given.State(Given.Approved()), Given.Unit, report, ScoringProfile.Default);

        var reported = Assert.IsType<MonitoringReported>(Assert.Single(decision.Events));
        Assert.Equal(ExecutionLight.Yellow, reported.Assessment.Light);
        var after = Given.State([.. Given.Approved(), reported]);
        Assert.Equal(ExecutionLight.Yellow, after.Light);
        Assert.Equal(report, Assert.Single(after.Monitoring).Report);
    }

    [Fact]
    public void Monitoring_is_measured_against_the_version_in_force()
    {
        var content = Given.Adjusted with { Budget = Given.Adjusted.Budget with { Total = 60m } };
        object[] events =
        [
            .. Given.Approved(),
            .. TargetDecisions.RequestAdjustment(Given.State(Given.Approved()), Given.Unit, "预算调减", content, null).Events,
            new TargetReviewClaimed(Given.AdjustmentTask(1), Given.Id, Given.Reviewer.Id, Given.Reviewer.Name),
            new TargetAdjustmentApproved(Given.Id, Given.AdjustmentTask(1), 1, 2, Given.Reviewer.Id, Given.Reviewer.Name),
        ];

        var decision = TargetDecisions.ReportMonitoring(Given.State(events), Given.Unit, Report(6, 30m), ScoringProfile.Default);

        Assert.Equal(50m, Assert.IsType<MonitoringReported>(Assert.Single(decision.Events)).Assessment.ExecutionRate);
    }

    [Fact]
    public void Monitoring_is_refused_before_approval_to_other_units_and_when_the_report_is_invalid()
    {
        Assert.Equal("targets.not_approved",
            TargetDecisions.ReportMonitoring(Given.State(Given.Submitted()), Given.Unit, Report(6, 30m), ScoringProfile.Default).Error!.Code);
        Assert.Equal(TargetErrors.NotOwner,
            TargetDecisions.ReportMonitoring(Given.State(Given.Approved()), Given.OtherUnit, Report(6, 30m), ScoringProfile.Default).Error);
        Assert.Equal("monitoring.month_invalid",
            TargetDecisions.ReportMonitoring(Given.State(Given.Approved()), Given.Unit, Report(13, 30m), ScoringProfile.Default).Error!.Code);
    }

    [Fact]
    public void A_declaration_without_monitoring_has_no_light()
    {
        Assert.Null(Given.State(Given.Approved()).Light);
    }
}
