using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// Sichuan's 部门预算项目支出绩效自评表 (tests/…/TestData/sichuan, README there): every cell as printed, exported as
/// pipe-separated rows, one cell per line and cells run together; the findings the reader adds; and the same forms
/// from PDF and Word.
/// </summary>
public class SichuanGoldenTests
{
    private static string Text(string name) => RegionalDocuments.Text("sichuan", name);

    private static ImportResult Read(string name) => RegionalDocuments.Read("sichuan", name);

    [Fact]
    public void Pipe_separated_rows_are_read_with_the_nature_value_and_unit_as_the_target_and_the_printed_figures()
    {
        var result = Read("pipe-rows-scored.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormLayouts.Sichuan, outcome.Layout);
        var form = outcome.Form!;
        Assert.Equal(
            new FormHeader { ProjectName = "51092324T000010000001-农村公路安全生命防护工程", CompetentDepartment = "某县交通运输局部门", ImplementingUnit = "某县农村公路服务中心", FiscalYear = 2023 },
            form.Header);
        Assert.Equal("完成农村公路安全防护设施建设40公里，消除重点路段安全隐患。", form.Goals.Expected);
        Assert.Equal("完成安全防护设施建设38公里，重点路段隐患全部消除。", form.Goals.Actual);
        Assert.Equal(new FundsRow { InitialBudget = 200m, FullYearBudget = 186.4m, Executed = 178.94m, ClaimedRate = 96m }, form.Funds.Total);
        Assert.Equal(new FundsRow { InitialBudget = 200m, FullYearBudget = 186.4m, Executed = 178.94m, ClaimedRate = 96m }, form.Funds.CurrentAppropriation);
        Assert.Equal(new FundsRow(), form.Funds.CarryOver);
        Assert.Equal(new FundsRow(), form.Funds.Other);
        Assert.Equal(10m, form.Funds.Weight);
        Assert.Equal(9.6m, form.Funds.ClaimedScore);
        Assert.Equal(
        [
            Row("产出指标", "数量指标", "防护设施建设里程", "≥40公里", "38公里", 20m, 19m, "两处路段征地延后，次年一季度完工"),
            Row("产出指标", "质量指标", "工程验收合格率", "=100%", "100%", 20m, 20m),
            Row("产出指标", "时效指标", "完工及时性", "按期", "完成", 10m, 10m),
            Row("产出指标", "经济成本指标", "每公里建设成本", "≤5万元", "4.7万元", 10m, 10m),
            Row("效益指标", "社会效益指标", "重点路段事故下降率", "≥10%", "12%", 20m, 20m),
            Row("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "93%", 10m, 10m),
        ], form.Indicators);
        Assert.Equal(98.6m, form.ClaimedTotal);
        Assert.Null(form.ClaimedGrade);
        Assert.Empty(outcome.Findings);
        Assert.Contains("自评结果公开", result.Skipped[0].Text);
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("评价结论", StringComparison.Ordinal));
    }

    [Fact]
    public void A_form_one_cell_per_line_published_unscored_is_an_unscored_draft_with_no_invented_total()
    {
        var result = Read("cell-per-line-unscored.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        var form = outcome.Form!;
        Assert.Equal("51000021R000000000001-工资性支出", form.Header.ProjectName);
        Assert.Equal("某县发展和改革局本级", form.Header.CompetentDepartment);
        Assert.Equal("某县发展和改革局", form.Header.ImplementingUnit);
        Assert.Equal("按政策保障工资及时足额发放，社保及时足额缴纳。", form.Goals.Expected);
        Assert.Equal("", form.Goals.Actual);
        Assert.Equal(new FundsRow { InitialBudget = 240m, FullYearBudget = 252.5m, Executed = 250m, ClaimedRate = 99.01m }, form.Funds.Total);
        Assert.Equal(new FundsRow(), form.Funds.Other);
        Assert.Null(form.Funds.ClaimedScore);
        Assert.Equal(
        [
            Row("产出指标", "数量指标", "发放(缴纳)覆盖率", "=100%", "", 60m, null),
            Row("效益指标", "社会效益指标", "足额保障率(参保率)", "=100%", "", 30m, null),
        ], form.Indicators);
        Assert.Null(form.ClaimedTotal);
        Assert.Equal([ImportFindings.Unscored], outcome.Findings.Select(f => f.Code).ToArray());
        Assert.StartsWith("报表编号", result.Skipped[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_run_together_with_no_separators_are_split_into_headings_names_natures_values_and_units()
    {
        var result = Read("run-together.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        var form = outcome.Form!;
        Assert.Equal(
            new FormHeader { ProjectName = "51090424T000020000002-城乡低保资金", CompetentDepartment = "某区民政局", ImplementingUnit = "某区社会救助服务中心", FiscalYear = 2024 },
            form.Header);
        Assert.Equal("按时足额发放城乡低保金，保障困难群众基本生活。", form.Goals.Expected);
        Assert.Equal("全年按月足额发放低保金，保障对象3200人。", form.Goals.Actual);
        Assert.Equal(new FundsRow { InitialBudget = 1500m, FullYearBudget = 1480m, Executed = 1406m, ClaimedRate = 95m }, form.Funds.Total);
        Assert.Equal(new FundsRow { InitialBudget = 1500m, FullYearBudget = 1480m, Executed = 1380m, ClaimedRate = 93.24m }, form.Funds.CurrentAppropriation);
        Assert.Equal(new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 26m }, form.Funds.Other);
        Assert.Equal(9.5m, form.Funds.ClaimedScore);
        Assert.Equal(
        [
            Row("产出指标", "数量指标", "保障对象人数", "≥3000人", "3200人", 22.5m, 22.5m),
            Row("产出指标", "时效指标", "按时发放率", "=100%", "100%", 22.5m, 22.5m),
            Row("效益指标", "社会效益指标", "困难群众基本生活保障率", "≥95%", "96%", 22.5m, 22.5m),
            Row("效益指标", "社会效益指标", "结余率(计算方法为:结余数/预算数)", "≤5%", "5%", 22.5m, 22m),
        ], form.Indicators);
        Assert.Equal(99m, form.ClaimedTotal);
        var merged = Assert.Single(outcome.Findings);
        Assert.Equal(ImportFindings.FundsRowsMergedCode, merged.Code);
        Assert.Contains("单位资金", merged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_figures_score_under_the_default_profile_without_a_weight_finding()
    {
        var form = Read("pipe-rows-scored.txt").Forms[0];

        var card = ScoringEngine.Score(form, ScoringProfile.Default);

        Assert.DoesNotContain(card.Findings, f => f.Code == FindingCodes.ExecutionWeightUnexpected);
        Assert.Equal(98.6m, form.ClaimedTotal);
    }

    [Fact]
    public void A_heading_weight_and_a_printed_total_that_disagree_with_the_rows_are_reported_not_re_added()
    {
        var text = Text("pipe-rows-scored.txt").Replace("| 沿线群众满意度 | ≥ | 90 | % | 93 | 10 | 10 |", "| 沿线群众满意度 | ≥ | 90 | % | 93 | 20 | 20 |", StringComparison.Ordinal);

        var outcome = Assert.Single(PdfTextFormImporter.Import(text).Outcomes);

        var weights = Assert.Single(outcome.Findings, f => f.Code == ImportFindings.WeightsTotal);
        Assert.Equal(100m, weights.Claimed);
        Assert.Equal(110m, weights.Computed);
        var heading = Assert.Single(outcome.Findings, f => f.Code == ImportFindings.HeadingWeight);
        Assert.Equal(90m, heading.Claimed);
        Assert.Equal(100m, heading.Computed);
        Assert.Equal(98.6m, outcome.Form!.ClaimedTotal);
    }

    [Theory]
    [InlineData("pipe-rows-scored.txt", 17)]
    [InlineData("cell-per-line-unscored.txt", 80)]
    [InlineData("run-together.txt", 12)]
    public void A_sichuan_form_cut_off_in_its_indicator_table_is_incomplete_with_what_was_read(string name, int keep)
    {
        var lines = Text(name).Split('\n');

        var result = PdfTextFormImporter.Import(string.Join('\n', lines.Take(keep)));

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormOutcomeStatus.Incomplete, outcome.Status);
        Assert.Empty(result.Forms);
        Assert.NotNull(outcome.Partial!.ProjectName);
        Assert.NotNull(outcome.Partial.Funds);
        Assert.NotEmpty(outcome.Partial.Indicators);
        Assert.Equal(ImportFindings.Incomplete, Assert.Single(outcome.Findings).Code);
    }

    [Fact]
    public void Sichuan_central_and_shanghai_forms_in_one_document_are_each_read_with_their_layout()
    {
        var central = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "central", "row-per-line-zero-total.txt"));
        var text = string.Join('\n', Text("pipe-rows-scored.txt"), central, Text("run-together.txt"));

        var result = PdfTextFormImporter.Import(text);

        Assert.Empty(result.Errors);
        Assert.Equal([FormLayouts.Sichuan, FormLayouts.Central, FormLayouts.Sichuan], result.Outcomes.Select(o => o.Layout).ToArray());
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
