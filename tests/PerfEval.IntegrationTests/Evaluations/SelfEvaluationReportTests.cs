using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfEval.Domain.Evaluations;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>
/// The written self-evaluation report (自评报告) over HTTP: the unit writes its sections before submitting, they freeze
/// with the content, and the form's readers download the .docx, read back here with the Open XML SDK.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SelfEvaluationReportTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    private static readonly object Sections = new
    {
        basicInfo = "本项目用于灵活就业人员入会服务。",
        goalCompletion = "全年完成入会8000人，达到预期目标。",
        deviationAndImprovement = "满意度略低于目标，下年度加强宣传。",
        resultUse = "评价结果用于下年度预算安排。",
    };

    [Fact]
    public async Task The_unit_writes_its_sections_before_submitting_and_they_freeze_with_the_content()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, etag) = await Forms.CreateDraft(unit);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{draft.Id}/report-sections") { Content = JsonContent.Create(Sections) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"99\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await unit.SendAsync(stale)).StatusCode);

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{draft.Id}/report-sections") { Content = JsonContent.Create(Sections) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        var saved = await unit.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var edited = await Forms.Read<Evaluation>(saved);
        Assert.Equal("评价结果用于下年度预算安排。", edited.ReportSections.ResultUse);
        Assert.Equal(draft.Version + 1, edited.Version);

        var again = await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}/report-sections", Sections);
        Assert.Equal(edited.Version, (await Forms.Read<Evaluation>(again)).Version);

        await _flow.Submit(unit, draft.Id);
        var frozen = await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}/report-sections", new { basicInfo = "改" });
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.Contains("report.frozen", await frozen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooLong = await unit.PutAsJsonAsync($"/api/evaluations/{(await Forms.CreateDraft(unit)).Evaluation.Id}/report-sections",
            new { resultUse = new string('字', 10_001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("report.section_too_long", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var history = await unit.GetStringAsync($"/api/evaluations/{draft.Id}/history");
        Assert.Contains("自评报告", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forms_readers_download_the_docx_with_its_sections_the_table_and_the_review()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);
        Assert.Equal(HttpStatusCode.OK, (await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}/report-sections", Sections)).StatusCode);
        await _flow.Submit(unit, draft.Id);
        await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/comments", new { text = "满意度调查样本偏少" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, draft.Id, "review/approve")).StatusCode);

        foreach (var reader in new[] { unit, reviewer, await platform.ClientFor(TestUser.Manager()) })
        {
            var response = await reader.GetAsync($"/api/evaluations/{draft.Id}/report?format=docx");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);

            using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
            var body = document.MainDocumentPart!.Document.Body!;
            var paragraphs = body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: TextOf(p))).ToList();
            Assert.Equal("灵活就业工作经费绩效自评报告", paragraphs.Single(p => p.Style == "Title").Text);
            Assert.Equal(["一、基本情况", "二、绩效目标完成情况", "三、偏离原因与改进措施", "四、结果应用"],
                paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text));
            Assert.Contains(paragraphs, p => p.Text == "本项目用于灵活就业人员入会服务。");
            Assert.Contains(paragraphs, p => p.Text == "评价结果用于下年度预算安排。");
            Assert.Contains(paragraphs, p => p.Text == "审核结果：审定得分 98.00，评价等级 优。");
            Assert.Contains(paragraphs, p => p.Text.StartsWith("审核意见：满意度调查样本偏少", StringComparison.Ordinal));

            var cells = body.Elements<Table>().Single().Elements<TableRow>()
                .Select(r => r.Elements<TableCell>().Select(TextOf).ToList()).ToList();
            Assert.Equal(["项目名称", "灵活就业工作经费"], cells[0]);
            Assert.Equal(["", "年度资金总额", "72.00", "63.44", "63.43", "10.00", "99.98", "10.00"], cells[3]);
            Assert.Contains(cells, c => c.Count == 8 && c[2] == "灵活就业人员满意率" && c[6] == "8.00" && c[7] == "灵活就业人员较满意");
        }

        var other = await platform.ClientFor(TestUser.Unit(TestOrg.New().UnitId, org.DepartmentId));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/evaluations/{draft.Id}/report?format=docx")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await unit.GetAsync($"/api/evaluations/{draft.Id}/report?format=pdf")).StatusCode);
    }

    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Concat(element.Descendants<Text>().Select(t => t.Text));
}
