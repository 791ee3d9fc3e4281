using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// Forms found anywhere in a document (docs/domain-rules.md#import): what is not a form is skipped and reported, several
/// forms are read from one document, and a form the document cuts off is reported as incomplete with what was read.
/// </summary>
public class DocumentImportTests
{
    private static string[] SeedLines => SeedForms.Text.Split('\n');

    private static ImportResult ImportLines(IEnumerable<string> lines) => PdfTextFormImporter.Import(string.Join('\n', lines));

    [Fact]
    public void A_published_document_with_a_file_name_cover_letter_metadata_page_numbers_and_footnotes_gives_the_five_forms()
    {
        var lines = SeedLines.ToList();
        lines.InsertRange(519, ["注：得分一栏保留两位小数。", "第 5 页 共 5 页"]);
        lines.InsertRange(422, ["- 4 -"]);
        lines.InsertRange(60, ["第2页"]);
        lines.InsertRange(0,
        [
            "2024年度项目支出绩效自评结果公开.pdf",
            "Microsoft Word - 附件2 自评表.docx",
            "关于公开2024年度项目支出绩效自评结果的说明",
            "根据《项目支出绩效评价管理办法》，现将我单位2024年度财政项目支出绩效自评表公开如下。",
            "填表说明：1.本表由项目实施单位填写；2.金额单位为万元。",
            "附件2：",
        ]);

        var result = ImportLines(lines);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
        Assert.All(result.Outcomes, o => Assert.Equal(FormOutcomeStatus.Read, o.Status));
        Assert.All(result.Outcomes, o => Assert.Equal(FormLayouts.Shanghai, o.Layout));
        Assert.Equal("lines 1–6", result.Skipped[0].Location);
        Assert.Contains(result.Skipped, s => s.Text == "第2页");
        Assert.Contains(result.Skipped, s => s.Text == "- 4 -");
        Assert.Contains(result.Skipped, s => s.Text.StartsWith("注：得分一栏", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("附件2：财政项目支出绩效自评表")]
    [InlineData("附件1 财政项目支出绩效自评表")]
    [InlineData("2024年度财政项目支出绩效自评表")]
    public void A_title_with_an_attachment_label_or_a_leading_year_starts_a_form(string title)
    {
        var lines = SeedLines.ToList();
        lines[1] = title;
        if (title.StartsWith("2024", StringComparison.Ordinal))
        {
            lines[2] = "";
        }

        var result = ImportLines(lines);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void A_sentence_that_names_the_form_is_not_taken_for_its_title()
    {
        var result = ImportLines(["现将财政项目支出绩效自评表公开如下", .. SeedLines]);

        Assert.Equal(5, result.Outcomes.Count);
        Assert.Single(result.Skipped);
    }

    [Fact]
    public void A_form_cut_off_in_its_indicator_table_is_incomplete_with_the_header_funds_goals_and_the_rows_read()
    {
        // The fifth form stops after its third indicator row: the pages after it are missing.
        var lines = SeedLines.Take(480).ToArray();

        var result = ImportLines(lines);

        Assert.Equal(4, result.Forms.Count);
        var cut = result.Outcomes[4];
        Assert.Equal(FormOutcomeStatus.Incomplete, cut.Status);
        Assert.Null(cut.Form);
        var partial = cut.Partial!;
        Assert.Equal(SeedForms.MemberCard.Header.ProjectName, partial.ProjectName);
        Assert.Equal(2024, partial.FiscalYear);
        Assert.Equal(SeedForms.MemberCard.Funds, partial.Funds);
        Assert.Equal(SeedForms.MemberCard.Goals, partial.Goals);
        Assert.NotEmpty(partial.Indicators);
        // Every row read whole but the last, whose deviation reason the cut may have taken.
        var read = partial.Indicators.Count;
        Assert.Equal(SeedForms.MemberCard.Indicators.Take(read - 1), partial.Indicators.Take(read - 1));
        Assert.Equal(SeedForms.MemberCard.Indicators[read - 1] with { DeviationReason = null }, partial.Indicators[^1] with { DeviationReason = null });
        Assert.Equal(ImportFindings.Incomplete, Assert.Single(cut.Findings).Code);
        var error = Assert.Single(result.Errors);
        Assert.Equal("line 480", error.Location);
        Assert.Contains("不完整", error.Message);
    }

    [Fact]
    public void A_form_cut_off_in_its_funds_table_keeps_its_header_and_invents_nothing()
    {
        var lines = SeedLines.Take(15).ToArray();

        var result = ImportLines(lines);

        var cut = Assert.Single(result.Outcomes);
        Assert.Equal(FormOutcomeStatus.Incomplete, cut.Status);
        Assert.Equal("灵活就业工作经费", cut.Partial!.ProjectName);
        Assert.Equal("上海市青浦区总工会", cut.Partial.ImplementingUnit);
        Assert.Null(cut.Partial.Funds);
        Assert.Null(cut.Partial.Goals);
        Assert.Empty(cut.Partial.Indicators);
        Assert.Empty(result.Forms);
    }

    [Fact]
    public void A_department_wide_form_cut_off_by_the_next_title_is_incomplete_and_the_others_import()
    {
        var result = ImportLines(["部门整体支出绩效自评表", "（2024年度）", "部门名称 上海市青浦区总工会", .. SeedLines]);

        Assert.Equal(5, result.Forms.Count);
        var cut = result.Outcomes[0];
        Assert.Equal(FormOutcomeStatus.Incomplete, cut.Status);
        Assert.Equal(FormLayouts.DepartmentWide, cut.Layout);
        Assert.Equal("上海市青浦区总工会", cut.Partial!.CompetentDepartment);
        Assert.Equal(2024, cut.Partial.FiscalYear);
        Assert.Null(cut.Partial.Funds);
    }

    [Fact]
    public void A_printed_weight_total_that_disagrees_with_the_weights_is_reported_and_the_form_still_read_as_printed()
    {
        var lines = SeedLines;
        lines[87] = "总分 110.00 98.00";

        var result = ImportLines(lines);

        Assert.Equal(SeedForms.All, result.Forms);
        var finding = Assert.Single(result.Outcomes[0].Findings);
        Assert.Equal(ImportFindings.WeightsTotal, finding.Code);
        Assert.Equal(110m, finding.Claimed);
        Assert.Equal(100m, finding.Computed);
    }

    [Fact]
    public void A_shanghai_form_with_amounts_in_yuan_is_read_in_wan_yuan_and_says_so()
    {
        var lines = SeedLines;
        Assert.Equal("（万元）", lines[10]);
        lines[10] = "（元）";
        lines[14] = "年度资金总额 720000 634400 634300 10.00 99.98 10.00";
        lines[16] = "其中：当年财政拨款 720000 634400 634300 - 99.98 -";

        var result = ImportLines(lines);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
        Assert.Equal(ImportFindings.AmountsInYuan, Assert.Single(result.Outcomes[0].Findings).Code);
        Assert.Empty(result.Outcomes[1].Findings);
    }

    [Fact]
    public void A_document_with_no_form_is_refused_and_says_what_it_held()
    {
        var result = ImportLines(["关于报送绩效自评结果的通知", "各单位："]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("file", error.Location);
        Assert.Contains("关于报送绩效自评结果的通知", error.Found);
        Assert.Empty(result.Outcomes);
    }
}
