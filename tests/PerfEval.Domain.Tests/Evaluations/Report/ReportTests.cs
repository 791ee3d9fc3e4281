using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Report;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Export;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Evaluations.Report;

/// <summary>docs/domain-rules.md#self-evaluation-report: the unit's sections, and the .docx read back with the Open XML SDK.</summary>
public sealed class ReportTests
{
    private static readonly Actor Unit = Given.Unit;

    private static readonly ReportSections Written = ReportSections.Of(
        "区劳模管理服务经费用于劳模体检、疗休养和慰问。", "组织42位劳模体检、36位劳模疗休养。", "生老病死慰问完成率较低。\n下年度按实际需要测算。", "结果用于下年度预算安排。");

    private static Evaluation Drafted(Domain.Forms.EvaluationForm? form = null) =>
        Given.State(new EvaluationDrafted(Given.Id, "unit-1", "dept-1", form ?? SeedForms.ModelWorkerManagement, "api"));

    [Fact]
    public void The_owning_unit_edits_the_sections_of_a_draft()
    {
        var decision = ReportDecisions.EditSections(Drafted(), Unit, Written);

        var edited = Assert.IsType<ReportSectionsEdited>(Assert.Single(decision.Events));
        Assert.Equal(Written, edited.Sections);
        Assert.Equal(Written, Given.State(new EvaluationDrafted(Given.Id, "unit-1", "dept-1", SeedForms.ModelWorkerManagement, "api"), edited).ReportSections);
    }

    [Fact]
    public void Saving_the_same_sections_again_appends_nothing()
    {
        var state = Given.State(
            new EvaluationDrafted(Given.Id, "unit-1", "dept-1", SeedForms.ModelWorkerManagement, "api"),
            new ReportSectionsEdited(Given.Id, Written));

        var decision = ReportDecisions.EditSections(state, Unit, Written with { });

        Assert.True(decision.IsAccepted);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Another_unit_or_a_reviewer_may_not_edit_them()
    {
        Assert.Equal("evaluation.not_owner", ReportDecisions.EditSections(Drafted(), Given.OtherUnit, Written).Error?.Code);
        Assert.Equal("evaluation.not_owner", ReportDecisions.EditSections(Drafted(), Given.Reviewer, Written).Error?.Code);
    }

    [Fact]
    public void The_sections_are_frozen_with_the_content_after_submission_and_open_again_on_revision()
    {
        var submitted = Given.State(Given.Submitted());
        var frozen = ReportDecisions.EditSections(submitted, Unit, Written).Error;
        Assert.Equal("report.frozen", frozen?.Code);
        Assert.Equal(ErrorKind.Conflict, frozen?.Kind);
        Assert.Equal("report.frozen", ReportDecisions.EditSections(Given.State(Given.Approved()), Unit, Written).Error?.Code);

        var revision = Given.State([.. Given.Claimed(), new RevisionRequested(Given.Id, Given.TaskOf(1), ["补充"], "r1")]);
        Assert.True(ReportDecisions.EditSections(revision, Unit, Written).IsAccepted);
    }

    [Fact]
    public void A_section_over_the_limit_is_refused_by_its_field()
    {
        var error = ReportDecisions.EditSections(Drafted(), Unit, Written with { ResultUse = new string('字', ReportSections.MaxLength + 1) }).Error;

        Assert.Equal("report.section_too_long", error?.Code);
        Assert.Equal("resultUse", error?.Field);
        Assert.Contains("四、结果应用", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_has_the_title_the_four_headings_in_order_and_the_units_text_under_each()
    {
        var state = Given.State(
            new EvaluationDrafted(Given.Id, "unit-1", "dept-1", SeedForms.ModelWorkerManagement, "api"),
            new ReportSectionsEdited(Given.Id, Written));

        using var document = Open(ReportDocx.ToBytes(state));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

        Assert.Equal("区劳模管理服务经费绩效自评报告", Text(paragraphs.Single(p => Style(p) == "Title")));
        Assert.Equal("（2024年度）", Text(paragraphs.Single(p => Style(p) == "Subtitle")));
        Assert.Equal(["一、基本情况", "二、绩效目标完成情况", "三、偏离原因与改进措施", "四、结果应用"],
            paragraphs.Where(p => Style(p) == "Heading1").Select(Text));
        Assert.Equal(["附表：财政项目支出绩效自评表"], paragraphs.Where(p => Style(p) == "Heading2").Select(Text));
        foreach (var (_, heading, text) in Written.All)
        {
            var under = Section(paragraphs, heading);
            Assert.Contains(under, p => Text(p) == text.Replace("\n", "", StringComparison.Ordinal));
        }

        Assert.Contains(Section(paragraphs, "一、基本情况"), p => Text(p).Contains("全年预算数 44.04 万元", StringComparison.Ordinal));
        var explained = SeedForms.ModelWorkerManagement.Indicators.First(i => i.HasDeviationReason());
        Assert.Contains(Section(paragraphs, "三、偏离原因与改进措施"), p => Text(p).StartsWith($"“{explained.Name}”", StringComparison.Ordinal)
            && Text(p).EndsWith(explained.DeviationReason!.Trim(), StringComparison.Ordinal));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styles);
    }

    [Fact]
    public void The_docx_table_is_the_form_in_the_official_layout_with_two_decimals()
    {
        var form = SeedForms.ModelWorkerManagement;
        using var document = Open(ReportDocx.ToBytes(Drafted()));
        var rows = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Elements<TableRow>().ToList();
        var cells = rows.Select(r => r.Elements<TableCell>().Select(Text).ToList()).ToList();

        Assert.Equal(["项目名称", "区劳模管理服务经费"], cells[0]);
        Assert.Equal(["主管部门", "上海市青浦区总工会", "实施单位", "上海市青浦区总工会"], cells[1]);
        Assert.Equal(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分"], cells[2]);
        Assert.Equal(["", "年度资金总额", "43.80", "44.04", "42.00", "10.00", "95.36", "9.54"], cells[3]);
        Assert.Equal(["", "其中：当年财政拨款", "43.80", "44.04", "42.00", "—", "95.36", "—"], cells[4]);
        Assert.Equal(["年度总体目标", "预期目标", "实际完成情况"], cells[7]);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], cells[9]);
        var first = form.Indicators[0];
        Assert.Equal(first.Level1, cells[10][0]);
        Assert.Equal(first.Name, cells[10][2]);
        Assert.Equal(first.Weight.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), cells[10][5]);
        Assert.Equal(["总分", "100.00", form.ClaimedTotal!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), ""], cells[10 + form.Indicators.Count]);
        Assert.Equal(["评分等级", form.ClaimedGrade ?? ""], cells[11 + form.Indicators.Count]);
        Assert.Contains(cells.Skip(10).Take(form.Indicators.Count), c => c[6] == "8.00" || c[6].EndsWith(".00", StringComparison.Ordinal));

        // The level-1 cell of the first indicator starts a vertical merge that the rows of the same level-1 continue.
        var level1 = rows.Skip(10).Take(form.Indicators.Count)
            .Select(r => r.Elements<TableCell>().First().TableCellProperties!.GetFirstChild<VerticalMerge>()?.Val?.Value).ToList();
        Assert.Equal(MergedCellValues.Restart, level1[0]);
        var sameLevel1 = form.Indicators.TakeWhile(i => i.Level1 == first.Level1).Count();
        Assert.All(level1.Skip(1).Take(sameLevel1 - 1), v => Assert.Equal(MergedCellValues.Continue, v));
        Assert.Equal(7, rows[0].Elements<TableCell>().Last().TableCellProperties!.GetFirstChild<GridSpan>()!.Val!.Value);
    }

    [Fact]
    public void The_docx_reports_the_findings_and_the_review()
    {
        var events = SeedLifecycle.Approved(SeedForms.ModelWorkerManagement, 95.9m, "优");
        var id = ((EvaluationDrafted)events[0]).EvaluationId;
        var task = ((ReviewTaskOpened)events[3]).TaskId;
        var state = Given.State([.. events.Take(5), new ReviewCommentAdded(id, task, Guid.NewGuid(), "慰问台账请补充完整", 0, "r1", "审核人"), events[5]]);

        using var document = Open(ReportDocx.ToBytes(state));
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();

        var use = Section(paragraphs, "四、结果应用").Select(Text).ToList();
        Assert.Contains("当前状态：审核通过。", use);
        Assert.Contains("审核结果：审定得分 95.90，评价等级 优。", use);
        Assert.Contains(use, t => t.StartsWith("审核意见（", StringComparison.Ordinal) && t.Contains("慰问台账请补充完整", StringComparison.Ordinal));
        Assert.Contains(SelfEvaluationReport.NotWritten, use);
        var findings = state.Scorecard!.Findings;
        var deviation = Section(paragraphs, "三、偏离原因与改进措施").Select(Text).ToList();
        Assert.All(findings, f => Assert.Contains(deviation, t => t.EndsWith(f.Message, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_docx_is_valid_office_open_xml()
    {
        var events = SeedLifecycle.Everything(SeedForms.ModelWorkerManagement);
        using var document = Open(ReportDocx.ToBytes(Given.State([.. events])));

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static string Text(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));

    private static string Text(TableCell c) => string.Concat(c.Descendants<Text>().Select(t => t.Text));

    /// <summary>The paragraphs after a level-1 heading, up to the next one.</summary>
    private static List<Paragraph> Section(List<Paragraph> paragraphs, string heading) =>
        [.. paragraphs.SkipWhile(p => Text(p) != heading).Skip(1).TakeWhile(p => Style(p) != "Heading1")];
}
