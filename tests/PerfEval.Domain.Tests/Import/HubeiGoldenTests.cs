using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// Hubei's 财政项目绩效自评表 (tests/…/TestData/hubei, README there): every cell as printed through OCR noise, budget
/// execution worth 20 (20 × rate) scored with the hubei profile, the unscored template, a form cut off after another,
/// and the same forms from PDF and Word.
/// </summary>
public class HubeiGoldenTests
{
    private static string Text(string name) => RegionalDocuments.Text("hubei", name);

    private static ImportResult Read(string name) => RegionalDocuments.Read("hubei", name);

    [Fact]
    public void A_form_with_checkbox_glyphs_and_full_width_digits_is_read_as_printed()
    {
        var result = Read("ocr-checkboxes-scored.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormLayouts.Hubei, outcome.Layout);
        var form = outcome.Form!;
        Assert.Equal(new FormHeader { ProjectName = "城区供水管网改造", CompetentDepartment = "某市住房和城乡建设局", ImplementingUnit = "某市供水服务中心", FiscalYear = 2024 }, form.Header);
        Assert.Equal(new FundsRow { FullYearBudget = 500m, Executed = 475m, ClaimedRate = 95m }, form.Funds.Total);
        Assert.Equal(20m, form.Funds.Weight);
        Assert.Equal(19m, form.Funds.ClaimedScore);
        Assert.Equal(
        [
            Row("产出指标", "数量指标", "改造供水管网长度", "≥12公里", "11.5公里", 15m, 14m, "一处路段交通管制延后施工"),
            Row("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 15m, 15m),
            Row("产出指标", "时效指标", "按期完工", "2024年11月前", "已完成", 10m, 10m),
            Row("效益指标", "社会效益指标", "管网漏损率", "≤10%", "8.6%", 15m, 15m),
            Row("效益指标", "可持续影响指标", "供水保障能力", "明显提升", "达成", 15m, 15m),
            Row("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "92%", 10m, 10m),
        ], form.Indicators);
        Assert.Equal(98m, form.ClaimedTotal);
        Assert.Empty(outcome.Findings);
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("填报人", StringComparison.Ordinal));
    }

    [Fact]
    public void Budget_execution_is_worth_twenty_points_under_the_hubei_profile_and_reported_under_the_default()
    {
        var form = Read("ocr-checkboxes-scored.txt").Forms[0];

        var hubei = ScoringEngine.Score(form, ScoringProfile.Hubei);
        var byDefault = ScoringEngine.Score(form, ScoringProfile.Default);

        Assert.Equal(19m, hubei.Execution.ComputedScore);
        Assert.DoesNotContain(hubei.Findings, f => f.Code == FindingCodes.ExecutionWeightUnexpected);
        Assert.Contains(byDefault.Findings, f => f.Code == FindingCodes.ExecutionWeightUnexpected);
        Assert.Equal(100m, form.Funds.Weight + form.Indicators.Sum(r => r.Weight));
        Assert.Equal(80m, form.Indicators.Sum(r => r.Weight));
    }

    [Fact]
    public void The_template_published_unscored_is_an_unscored_draft_with_no_invented_total()
    {
        var result = Read("unscored-template.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        var form = outcome.Form!;
        Assert.Equal("乡镇卫生院设备购置", form.Header.ProjectName);
        Assert.Equal(new FundsRow { FullYearBudget = 120m, Executed = 96m, ClaimedRate = 80m }, form.Funds.Total);
        Assert.Null(form.Funds.ClaimedScore);
        Assert.All(form.Indicators, r => Assert.Null(r.ClaimedScore));
        Assert.All(form.Indicators, r => Assert.Equal("", r.Actual));
        Assert.Equal([30m, 20m, 20m, 10m], form.Indicators.Select(r => r.Weight).ToArray());
        Assert.Null(form.ClaimedTotal);
        Assert.Equal([ImportFindings.Unscored], outcome.Findings.Select(f => f.Code).ToArray());
        Assert.Equal("line 1", result.Skipped[0].Location);
    }

    [Fact]
    public void A_form_cut_off_after_a_whole_one_is_incomplete_with_what_was_read_and_the_first_still_imports()
    {
        var result = Read("two-forms-one-cut.txt");

        Assert.Equal([FormOutcomeStatus.Read, FormOutcomeStatus.Incomplete], result.Outcomes.Select(o => o.Status).ToArray());
        var first = Assert.Single(result.Forms);
        Assert.Equal("农村人居环境整治", first.Header.ProjectName);
        Assert.Equal(96.5m, first.ClaimedTotal);
        Assert.Equal(2023, first.Header.FiscalYear);
        var cut = result.Outcomes[1];
        Assert.Equal("农产品质量安全监测", cut.Partial!.ProjectName);
        Assert.Equal(2023, cut.Partial.FiscalYear);
        Assert.Equal(57m, cut.Partial.Funds!.Total.Executed);
        Assert.Equal("抽检样品数量", Assert.Single(cut.Partial.Indicators).Name);
        Assert.Equal(ImportFindings.Incomplete, Assert.Single(cut.Findings).Code);
    }

    [Fact]
    public void A_heading_weight_and_a_printed_total_that_disagree_with_the_rows_are_reported_not_re_added()
    {
        var text = Text("ocr-checkboxes-scored.txt").Replace("居民满意度 ≥90% 92% 10 10", "居民满意度 ≥90% 92% 20 20", StringComparison.Ordinal);

        var outcome = Assert.Single(PdfTextFormImporter.Import(text).Outcomes);

        Assert.Equal(110m, Assert.Single(outcome.Findings, f => f.Code == ImportFindings.WeightsTotal).Computed);
        Assert.Equal(20m, Assert.Single(outcome.Findings, f => f.Code == ImportFindings.HeadingWeight).Computed);
        Assert.Equal(98m, outcome.Form!.ClaimedTotal);
    }

    private static IndicatorRow Row(string level1, string level2, string name, string target, string actual, decimal weight, decimal? score, string? reason = null) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Name = name,
        Target = target,
        Actual = actual,
        Weight = weight,
        ClaimedScore = score,
        DeviationReason = reason,
    };
}
