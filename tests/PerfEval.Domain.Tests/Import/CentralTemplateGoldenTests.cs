using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// The central template 项目支出绩效自评表 (tests/…/TestData/central, README there): every cell as printed, the
/// findings the reader adds, and the same forms from PDF and Word.
/// </summary>
public class CentralTemplateGoldenTests
{
    private static string Text(string name) => RegionalDocuments.Text("central", name);

    private static ImportResult Read(string name) => RegionalDocuments.Read("central", name);

    [Fact]
    public void Row_per_line_form_with_a_zero_total_row_is_read_as_printed_and_the_total_flagged()
    {
        var result = Read("row-per-line-zero-total.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(FormLayouts.Central, outcome.Layout);
        var form = outcome.Form!;
        Assert.Equal(new FormHeader { ProjectName = "村级道路养护项目", CompetentDepartment = "101-某县交通运输局", ImplementingUnit = "101001-某县公路事务中心", FiscalYear = 2022 }, form.Header);
        Assert.Equal(new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m, ClaimedRate = 0m }, form.Funds.Total);
        Assert.Equal(new FundsRow { InitialBudget = 120m, FullYearBudget = 118.5m, Executed = 117.2m }, form.Funds.CurrentAppropriation);
        Assert.Equal(new FundsRow(), form.Funds.CarryOver);
        Assert.Equal(10m, form.Funds.Weight);
        Assert.Equal(0m, form.Funds.ClaimedScore);
        Assert.Equal("完成全县120公里村级道路日常养护，保障道路安全畅通。", form.Goals.Expected);
        Assert.Equal("完成村级道路养护118公里，道路安全畅通率达到98%。", form.Goals.Actual);
        Assert.Equal(
        [
            Row("产出指标", "数量指标", "养护道路里程", "≥120公里", "118", 10m, 9m, "部分路段因汛期延后养护"),
            Row("产出指标", "质量指标", "养护路段合格率", "≥95%", "98", 10m, 10m),
            Row("产出指标", "时效指标", "养护任务完成及时性", "按季度完成", "达成预期指标", 10m, 10m),
            Row("产出指标", "成本指标", "每公里养护成本", "≤1万元", "0.99", 20m, 20m),
            Row("效益指标", "社会效益指标", "道路安全畅通率", "≥95%", "98", 15m, 15m),
            Row("效益指标", "可持续影响指标", "养护长效机制", "健全", "达成预期指标", 15m, 15m),
            Row("满意度指标", "满意度指标", "沿线群众满意度", "≥90%", "92", 10m, 10m),
        ], form.Indicators);
        Assert.Equal(89m, form.ClaimedTotal);
        Assert.Null(form.ClaimedGrade);
        Assert.Equal(
            ["initialBudget", "fullYearBudget", "executed"],
            outcome.Findings.Where(f => f.Code == ImportFindings.FundsTotal).Select(f => f.Path["funds.total.".Length..]).ToArray());
        Assert.Equal(3, outcome.Findings.Count);
        Assert.Contains("Microsoft Word", result.Skipped[0].Text);
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("项目负责人", StringComparison.Ordinal));
    }

    [Fact]
    public void Cell_per_line_form_in_yuan_with_template_placeholders_is_read_in_wan_yuan_without_the_placeholders()
    {
        var result = Read("cell-per-line-yuan-placeholders.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        var form = outcome.Form!;
        Assert.Equal(2023, form.Header.FiscalYear);
        Assert.Equal("社区居家养老服务补助", form.Header.ProjectName);
        Assert.Equal("某市养老服务指导中心", form.Header.ImplementingUnit);
        Assert.Equal(new FundsRow { InitialBudget = 50m, FullYearBudget = 48m, Executed = 45.6m, ClaimedRate = 95m }, form.Funds.Total);
        Assert.Equal(new FundsRow { InitialBudget = 50m, FullYearBudget = 48m, Executed = 45.6m, ClaimedRate = 95m }, form.Funds.CurrentAppropriation);
        Assert.Equal(new FundsRow { InitialBudget = 0m, FullYearBudget = 0m, Executed = 0m }, form.Funds.Other);
        Assert.Equal(9.5m, form.Funds.ClaimedScore);
        Assert.Equal("全年提供居家养老服务3120人次，服务质量稳步提升。", form.Goals.Actual);
        Assert.Equal(
        [
            Row("产出指标", "数量指标", "服务人次", "≥3000人次", "3120人次", 20m, 20m),
            Row("产出指标", "质量指标", "服务投诉率", "≤2%", "1%", 15m, 15m),
            Row("产出指标", "时效指标", "补助发放及时率", "100%", "100%", 15m, 15m),
            Row("效益指标", "社会效益指标", "老年人生活质量改善", "明显改善", "达成预期指标", 30m, 28m, "部分服务项目覆盖不足，下年度扩大服务范围"),
            Row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "93%", 10m, 10m),
        ], form.Indicators);
        Assert.Equal(97.5m, form.ClaimedTotal);
        Assert.Equal([ImportFindings.AmountsInYuan, ImportFindings.Placeholders], outcome.Findings.Select(f => f.Code).Order().ToArray());
        Assert.Equal(2m, outcome.Findings.Single(f => f.Code == ImportFindings.Placeholders).Claimed);
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("填表人", StringComparison.Ordinal));
        Assert.Contains(result.Skipped, s => s.Text == "第 1 页");
    }

    [Fact]
    public void A_form_published_unscored_is_read_as_an_unscored_draft_with_no_invented_total()
    {
        var result = Read("unscored-with-instructions.txt");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.Outcomes);
        var form = outcome.Form!;
        Assert.Equal("农村饮水安全维修养护", form.Header.ProjectName);
        Assert.Equal(2024, form.Header.FiscalYear);
        Assert.Equal(new FundsRow { InitialBudget = 80m, FullYearBudget = 80m, Executed = 76m, ClaimedRate = 95m }, form.Funds.Total);
        Assert.Null(form.Funds.ClaimedScore);
        Assert.Equal("", form.Goals.Actual);
        Assert.All(form.Indicators, r => Assert.Null(r.ClaimedScore));
        Assert.All(form.Indicators, r => Assert.Equal("", r.Actual));
        Assert.Equal([30m, 20m, 30m, 10m], form.Indicators.Select(r => r.Weight).ToArray());
        Assert.Equal(["≥20处", "100%", "≥12000人", "≥90%"], form.Indicators.Select(r => r.Target).ToArray());
        Assert.Null(form.ClaimedTotal);
        Assert.Null(form.ClaimedGrade);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(ImportFindings.Unscored, finding.Code);
        Assert.Equal("lines 1–3", result.Skipped[0].Location);
    }

    [Fact]
    public void A_printed_total_that_disagrees_with_the_weights_is_reported_not_re_added()
    {
        // Indicators summing to 100 plus the 10-point execution line, printed as 100.
        var text = Text("row-per-line-zero-total.txt").Replace("满意度指标 沿线群众满意度 ≥90% 92 10 10", "满意度指标 沿线群众满意度 ≥90% 92 20 20", StringComparison.Ordinal);

        var outcome = Assert.Single(PdfTextFormImporter.Import(text).Outcomes);

        var weights = Assert.Single(outcome.Findings, f => f.Code == ImportFindings.WeightsTotal);
        Assert.Equal(100m, weights.Claimed);
        Assert.Equal(110m, weights.Computed);
        var heading = Assert.Single(outcome.Findings, f => f.Code == ImportFindings.HeadingWeight);
        Assert.Equal(10m, heading.Claimed);
        Assert.Equal(20m, heading.Computed);
        Assert.Equal(89m, outcome.Form!.ClaimedTotal);
    }

    [Fact]
    public void The_central_forms_cut_off_are_incomplete_with_what_was_read()
    {
        var lines = Text("cell-per-line-yuan-placeholders.txt").Split('\n');

        var outcome = Assert.Single(PdfTextFormImporter.Import(string.Join('\n', lines.Take(70))).Outcomes);

        Assert.Equal(FormOutcomeStatus.Incomplete, outcome.Status);
        Assert.Equal("社区居家养老服务补助", outcome.Partial!.ProjectName);
        Assert.Equal(45.6m, outcome.Partial.Funds!.Total.Executed);
        Assert.Equal("服务人次", outcome.Partial.Indicators[0].Name);
    }

    [Fact]
    public void Several_forms_of_both_families_in_one_document_are_each_read_with_their_layout()
    {
        var text = string.Join('\n', Text("row-per-line-zero-total.txt"), SeedForms.Text, Text("cell-per-line-yuan-placeholders.txt"));

        var result = PdfTextFormImporter.Import(text);

        Assert.Empty(result.Errors);
        Assert.Equal(7, result.Forms.Count);
        Assert.Equal([FormLayouts.Central, .. Enumerable.Repeat(FormLayouts.Shanghai, 5), FormLayouts.Central], result.Outcomes.Select(o => o.Layout).ToArray());
    }

    [Theory]
    [InlineData("row-per-line-zero-total.txt")]
    [InlineData("unscored-with-instructions.txt")]
    public void The_same_forms_come_from_text_exported_as_pipe_separated_tables(string name)
    {
        var lines = Text(name).Split('\n');
        var piped = lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } cells ? "| " + string.Join(" | ", cells) + " |" : l);

        var result = PdfTextFormImporter.Import(string.Join('\n', ["| --- | --- |", .. piped]));

        Assert.Equal(Read(name).Forms, result.Forms);
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
