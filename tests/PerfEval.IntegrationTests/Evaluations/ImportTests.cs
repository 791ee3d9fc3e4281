using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerfEval.Api.Evaluations;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Export;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>POST /api/evaluations/import: the formats people have become drafts, or nothing is stored.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportTests(PlatformFixture platform)
{
    private static MultipartFormDataContent FileContent(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Fact]
    public async Task The_five_seed_forms_in_PDF_text_become_five_drafts_that_score_as_the_rules_say()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var bytes = await File.ReadAllBytesAsync(Path.Combine("TestData", "seed-forms-2024.txt"));

        var response = await unit.PostAsync("/api/evaluations/import", FileContent(bytes, "seed.txt"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PdfText", body.GetProperty("format").GetString());
        var created = body.GetProperty("created").EnumerateArray().ToList();
        Assert.Equal(5, created.Count);
        var id = created.Single(c => c.GetProperty("projectName").GetString() == "青浦区劳模创新工作室创建")
            .GetProperty("id").GetGuid();

        var flow = new FormFlow(platform);
        await flow.Submit(unit, id);
        var scored = await flow.WaitForScore(unit, id);
        Assert.Equal(8.72m, scored.Form.Funds.ClaimedScore);
        Assert.Equal(8.27m, scored.Scorecard!.Execution.ComputedScore);
        Assert.Contains(scored.Scorecard.Findings, f => f.Code == "EXECUTION_SCORE_MISMATCH" && f.Path == "funds.total.score");
        Assert.Equal("import:PdfText", scored.Source);
    }

    [Fact]
    public async Task An_exported_xlsx_imports_back_as_the_same_form()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var xlsx = XlsxFormExporter.ToBytes([Forms.Sample()]);

        var response = await unit.PostAsync("/api/evaluations/import", FileContent(xlsx, "form.xlsx"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created")[0].GetProperty("id").GetGuid();
        var stored = await Forms.Read<Evaluation>(await unit.GetAsync($"/api/evaluations/{id}"));
        Assert.Equal(Forms.Sample(), stored.Form);
    }

    [Fact]
    public async Task A_form_downloaded_as_xlsx_or_json_uploads_again_unchanged()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);

        foreach (var format in new[] { "xlsx", "json" })
        {
            var download = await unit.GetAsync($"/api/evaluations/{draft.Id}/export?format={format}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var upload = await unit.PostAsync("/api/evaluations/import",
                FileContent(await download.Content.ReadAsByteArrayAsync(), "form." + format));
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created")[0].GetProperty("id").GetGuid();
            Assert.Equal(draft.Form, (await Forms.Read<Evaluation>(await unit.GetAsync($"/api/evaluations/{id}"))).Form);
        }
    }

    [Theory]
    [InlineData("broken.txt", "财政项目支出绩效自评表\n（2024年度）\n项目名称 \n这不是一张表")]
    [InlineData("fake.xlsx", "PK\u0003\u0004 not really a zip")]
    [InlineData("bad.json", "{\"header\": [}")]
    public async Task A_file_with_errors_is_refused_with_its_locations_and_nothing_is_stored(string name, string content)
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync("/api/evaluations/import", FileContent(Encoding.UTF8.GetBytes(content), name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("import.unreadable", problem.GetProperty("code").GetString());
        Assert.NotEmpty(problem.GetProperty("importErrors").EnumerateArray()
            .Select(e => e.GetProperty("location").GetString()));
        var list = await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"));
        Assert.Empty(list.Items);
    }

    [Fact]
    public async Task A_request_without_a_file_is_400()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var response = await unit.PostAsync("/api/evaluations/import", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
