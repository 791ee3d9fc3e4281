using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.CrossChecks;

/// <summary>The checks across forms and years (docs/domain-rules.md#checks-across-forms-and-years) on the seed forms.</summary>
public class CrossCheckerTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static CrossCheckForm Form(
        EvaluationForm form, string unit, int year = 2024, EvaluationStatus status = EvaluationStatus.Submitted, int? errors = 0, string? project = null) => new()
        {
            Id = Guid.NewGuid(),
            FiscalYear = year,
            UnitId = unit,
            DepartmentId = "dept-1",
            Status = status,
            ProjectName = project ?? form.Header.ProjectName,
            UnitName = unit + "单位",
            ExecutionWeight = form.Funds.Weight,
            ExecutionClaimedScore = form.Funds.ClaimedScore,
            Indicators = form.Indicators,
            ScorecardErrors = errors,
        };

    private static IReadOnlyList<CrossCheckResult> Check(params CrossCheckForm[] forms) =>
        CrossChecker.Check(forms, [], CrossCheckSettings.Default, Now);

    private static IEnumerable<CrossFinding> Coded(CrossCheckResult result, string code) =>
        result.Findings.Where(f => f.Finding.Code == code);

    [Fact]
    public void Each_seed_form_of_its_own_unit_names_the_row_it_copies_or_nearly_copies_in_another_units_unrelated_project()
    {
        var forms = SeedForms.All.Select((f, i) => Form(f, $"unit-{i}")).ToArray();
        var results = Check(forms);

        // 区劳模管理服务经费 row 5 (劳模慰问对象符合标准) and 区退管会管理工作经费 row 4 (慰问对象符合标准), each naming the other.
        var modelWorker = Assert.Single(Coded(results[1], FindingCodes.IndicatorCopiedAcrossUnits), f => f.Finding.Path == "indicators[4]");
        Assert.Equal(forms[2].Id, modelWorker.OtherEvaluationId);
        Assert.Equal(3, modelWorker.OtherIndicatorIndex);
        Assert.Equal("区退管会管理工作经费", modelWorker.OtherProjectName);
        Assert.Equal("unit-2", modelWorker.OtherUnitId);
        Assert.Contains("区退管会管理工作经费", modelWorker.Finding.Message);
        Assert.Contains("慰问对象符合标准", modelWorker.Finding.Message);
        Assert.Equal(Severity.Warning, modelWorker.Finding.Severity);
        var retiree = Assert.Single(Coded(results[2], FindingCodes.IndicatorCopiedAcrossUnits), f => f.Finding.Path == "indicators[3]");
        Assert.Equal(forms[1].Id, retiree.OtherEvaluationId);
        Assert.Equal(4, retiree.OtherIndicatorIndex);

        // 灵活就业 row 7 (长效管理机制健全有效) ↔ 会员卡 row 9; 劳模管理 row 14 ↔ 创新工作室 row 6.
        Assert.Equal(8, Assert.Single(Coded(results[0], FindingCodes.IndicatorCopiedAcrossUnits)).OtherIndicatorIndex);
        Assert.Contains(Coded(results[1], FindingCodes.IndicatorCopiedAcrossUnits), f => f.Finding.Path == "indicators[13]" && f.OtherEvaluationId == forms[3].Id);

        // 政策知晓率 is the same in 劳模管理 and 创新工作室 but too short to call a copy; nothing else is flagged.
        Assert.DoesNotContain(results.SelectMany(r => r.Findings), f => f.Finding.Message.Contains("政策知晓率"));
        Assert.Equal(6, results.Sum(r => Coded(r, FindingCodes.IndicatorCopiedAcrossUnits).Count()));
    }

    [Fact]
    public void Copies_within_one_unit_or_between_related_projects_are_not_flagged()
    {
        var sameUnit = Check(Form(SeedForms.ModelWorkerManagement, "u"), Form(SeedForms.RetireeCommittee, "u"));
        Assert.All(sameUnit, r => Assert.Empty(Coded(r, FindingCodes.IndicatorCopiedAcrossUnits)));

        var related = Check(
            Form(SeedForms.ModelWorkerManagement, "a"),
            Form(SeedForms.RetireeCommittee, "b", project: "区劳模管理服务经费（二期）"));
        Assert.All(related, r => Assert.Empty(Coded(r, FindingCodes.IndicatorCopiedAcrossUnits)));
    }

    [Fact]
    public void A_satisfaction_row_in_20_units_forms_is_boilerplate_and_in_19_it_is_a_copy()
    {
        var row = new IndicatorRow
        {
            Level1 = "满意度指标",
            Level2 = "服务对象满意度指标",
            Name = "受益老年人满意度",
            Target = "≥90%",
            Actual = "95%",
            Weight = 10m,
            ClaimedScore = 10m,
        };
        CrossCheckForm Unit(int i) => Form(FormBuilder.Form(row) with { Header = FormBuilder.Form(row).Header with { ProjectName = $"项目{(char)('甲' + i)}{(char)('乙' + (i * 7))}工程" } }, $"unit-{i}");

        var twenty = Check([.. Enumerable.Range(0, 20).Select(Unit)]);
        Assert.All(twenty, r =>
        {
            var finding = Assert.Single(r.Findings);
            Assert.Equal(FindingCodes.BoilerplateIndicator, finding.Finding.Code);
            Assert.Equal("indicators[0]", finding.Finding.Path);
            Assert.Contains("其他19个单位", finding.Finding.Message);
        });

        var nineteen = Check([.. Enumerable.Range(0, 19).Select(Unit)]);
        Assert.All(nineteen, r => Assert.Equal(FindingCodes.IndicatorCopiedAcrossUnits, Assert.Single(r.Findings).Finding.Code));
    }

    [Fact]
    public void A_target_below_the_same_projects_approved_actual_of_the_previous_year_is_flagged_naming_that_form()
    {
        // 区退管会管理工作经费 2024: 开展为老服务人数 actual 10412 人; the 2025 form aims at ≥10000 人.
        var before = Form(SeedForms.RetireeCommittee, "unit-r", 2024, EvaluationStatus.Approved);
        var rows = SeedForms.RetireeCommittee.Indicators.ToArray();
        rows[2] = rows[2] with { Target = "≥10000.00(人)" };
        var now = Form(SeedForms.RetireeCommittee with { Indicators = rows }, "unit-r", 2025);

        var result = Assert.Single(CrossChecker.Check([now], [before], CrossCheckSettings.Default, Now));
        var finding = Assert.Single(Coded(result, FindingCodes.TargetBelowPreviousActual));
        Assert.Equal("indicators[2].target", finding.Finding.Path);
        Assert.Equal(before.Id, finding.OtherEvaluationId);
        Assert.Equal(2, finding.OtherIndicatorIndex);
        Assert.Equal(2024, finding.OtherFiscalYear);
        Assert.Contains("10412", finding.Finding.Message);

        var notApproved = before with { Status = EvaluationStatus.Submitted };
        Assert.Empty(Coded(CrossChecker.Check([now], [notApproved], CrossCheckSettings.Default, Now)[0], FindingCodes.TargetBelowPreviousActual));
        var otherUnit = before with { UnitId = "unit-x" };
        Assert.Empty(Coded(CrossChecker.Check([now], [otherUnit], CrossCheckSettings.Default, Now)[0], FindingCodes.TargetBelowPreviousActual));
    }

    [Fact]
    public void Every_score_at_its_maximum_while_the_scorecard_has_errors_is_flagged()
    {
        var form = FormBuilder.Form(FormBuilder.Row("≥10(人)", "10(人)", 90m, 90m));
        var flagged = Assert.Single(Check(Form(form, "u", errors: 2)));
        var finding = Assert.Single(Coded(flagged, FindingCodes.AllScoresMaxWithErrors));
        Assert.Equal("claimedTotal", finding.Finding.Path);
        Assert.Contains("2处错误", finding.Finding.Message);

        Assert.Empty(Check(Form(form, "u", errors: 0))[0].Findings);
        var lessThanMax = FormBuilder.Form(FormBuilder.Row("≥10(人)", "9(人)", 90m, 81m, reason: "差一人"));
        Assert.Empty(Check(Form(lessThanMax, "u", errors: 2))[0].Findings);
    }

    [Fact]
    public void One_indicator_under_both_产出_and_效益_is_flagged_on_the_benefit_row_naming_the_output_row()
    {
        var output = FormBuilder.Row("≥100(人)", "100(人)", 45m, 45m, name: "开展为老服务人数");
        var benefit = output with { Level1 = "效益指标", Level2 = "社会效益指标", Name = "开展为老服务人数（人次）" };
        var form = Form(FormBuilder.Form(output, benefit), "u");

        var finding = Assert.Single(Coded(Assert.Single(Check(form)), FindingCodes.IndicatorInOutputAndBenefit));
        Assert.Equal("indicators[1]", finding.Finding.Path);
        Assert.Equal(form.Id, finding.OtherEvaluationId);
        Assert.Equal(0, finding.OtherIndicatorIndex);

        var distinct = Form(FormBuilder.Form(output, benefit with { Name = "丰富退休职工文化生活" }), "u");
        Assert.Empty(Coded(Check(distinct)[0], FindingCodes.IndicatorInOutputAndBenefit));
    }

    [Fact]
    public void A_cost_indicator_with_at_least_is_flagged_by_the_declarations_rule_on_the_forms_target_cell()
    {
        var cost = FormBuilder.Row("≥50(万元)", "48(万元)", 90m, 90m, name: "项目总成本") with { Level1 = "产出指标", Level2 = "成本指标" };
        var finding = Assert.Single(Coded(Check(Form(FormBuilder.Form(cost), "u"))[0], FindingCodes.CostTargetAtLeast));
        Assert.Equal("indicators[0].target", finding.Finding.Path);
        Assert.Equal(Severity.Error, finding.Finding.Severity);

        Assert.Empty(Check(Form(FormBuilder.Form(cost with { Target = "≤50(万元)" }), "u"))[0].Findings);
    }

    [Fact]
    public void A_zero_actual_without_a_reason_is_flagged_unless_explained_or_an_upper_limit()
    {
        var zero = FormBuilder.Row("≥2(场)", "0(场)", 90m, 0m, name: "开展敬老月活动数");
        var finding = Assert.Single(Coded(Check(Form(FormBuilder.Form(zero), "u"))[0], FindingCodes.ZeroActualUnexplained));
        Assert.Equal("indicators[0].deviationReason", finding.Finding.Path);

        Assert.Empty(Coded(Check(Form(FormBuilder.Form(zero with { DeviationReason = "因疫情取消" }), "u"))[0], FindingCodes.ZeroActualUnexplained));
        Assert.Empty(Coded(Check(Form(FormBuilder.Form(zero with { Target = "≤1(起)", Actual = "0(起)" }), "u"))[0], FindingCodes.ZeroActualUnexplained));
    }

    [Fact]
    public void Every_form_gets_a_result_even_without_findings_so_a_run_replaces_the_last_one()
    {
        var results = Check(Form(SeedForms.FlexibleEmployment, "a"), Form(SeedForms.MemberCard, "a"));
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(Now, r.CheckedAt));
        Assert.Equal("灵活就业工作经费", results[0].ProjectName);
    }
}
