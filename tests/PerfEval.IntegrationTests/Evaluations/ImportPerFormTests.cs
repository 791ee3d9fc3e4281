using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.Api.Evaluations;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Import;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.TestFiles;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>
/// POST /api/evaluations/import with a published document: what became of each form (read, incomplete, refused) and
/// what was skipped, in every answer; all or nothing by default, per form or as a preview when asked.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportPerFormTests(PlatformFixture platform)
{
    /// <summary>A PDF as a bureau downloads it: a cover page, the five seed forms, and a sixth form cut off by a missing page.</summary>
    private static byte[] PublishedPdf()
    {
        var seed = File.ReadAllText(Path.Combine("TestData", "seed-forms-2024.txt")).Split('\n');
        return TestPdfs.Text(["青浦区总工会2024年度项目支出绩效自评结果公开", "2025年5月", .. seed, .. seed.Take(40)], new Random(3));
    }

    private static MultipartFormDataContent FileContent(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Fact]
    public async Task By_default_a_document_with_a_cut_off_form_stores_nothing_and_says_what_became_of_each_form()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync("/api/evaluations/import", FileContent(PublishedPdf(), "公开.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("import.unreadable", problem.GetProperty("code").GetString());
        Assert.Equal("Pdf", problem.GetProperty("format").GetString());
        var forms = problem.GetProperty("forms").EnumerateArray().ToList();
        Assert.Equal(6, forms.Count);
        Assert.Equal(5, forms.Count(f => f.GetProperty("status").GetString() == "Read"));
        Assert.Equal("Incomplete", forms[5].GetProperty("status").GetString());
        Assert.Contains("不完整", problem.GetProperty("importErrors")[0].GetProperty("message").GetString());
        Assert.Empty((await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"))).Items);
    }

    [Fact]
    public async Task Per_form_the_forms_read_whole_are_stored_and_the_cut_off_one_is_reported_with_what_was_read()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync("/api/evaluations/import?mode=per-form", FileContent(PublishedPdf(), "公开.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("per-form", body.GetProperty("mode").GetString());
        Assert.Equal(5, body.GetProperty("created").GetArrayLength());
        var forms = body.GetProperty("forms").EnumerateArray().ToList();
        Assert.All(forms.Take(5), f => Assert.NotEqual(JsonValueKind.Null, f.GetProperty("id").ValueKind));
        Assert.All(forms.Take(5), f => Assert.Equal("shanghai", f.GetProperty("layout").GetString()));
        var cut = forms[5];
        Assert.Equal("Incomplete", cut.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, cut.GetProperty("id").ValueKind);
        Assert.Equal("灵活就业工作经费", cut.GetProperty("partial").GetProperty("projectName").GetString());
        Assert.Equal("IMPORT_FORM_INCOMPLETE", cut.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.Contains("青浦区总工会2024年度项目支出绩效自评结果公开", body.GetProperty("skipped")[0].GetProperty("text").GetString());
        Assert.Equal(5, (await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"))).Items.Count);
    }

    [Fact]
    public async Task A_preview_reports_every_form_with_its_figures_and_stores_nothing()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync("/api/evaluations/import?preview=true", FileContent(PublishedPdf(), "公开.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("preview", body.GetProperty("mode").GetString());
        Assert.Equal(0, body.GetProperty("created").GetArrayLength());
        Assert.Equal(98m, body.GetProperty("forms")[0].GetProperty("form").GetProperty("claimedTotal").GetDecimal());
        Assert.Empty((await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"))).Items);
    }

    [Fact]
    public async Task A_workbook_in_the_central_template_is_read_as_that_layout_and_stored()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "central", "row-per-line-zero-total.txt"));

        var response = await unit.PostAsync("/api/evaluations/import?mode=per-form", FileContent(TestXlsx.FromLines(lines), "安徽省项目支出绩效自评表.xlsx"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var form = Assert.Single(body.GetProperty("forms").EnumerateArray());
        Assert.Equal("central", form.GetProperty("layout").GetString());
        Assert.StartsWith("自评表: ", form.GetProperty("location").GetString());
        var stored = Assert.Single((await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"))).Items);
        Assert.Equal(form.GetProperty("form").GetProperty("header").GetProperty("projectName").GetString(), stored.ProjectName);
    }

    [Fact]
    public async Task A_department_wide_form_in_a_pdf_is_stored_as_one_with_its_figures_and_exports_as_one()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "department-wide", "row-per-line-with-figures.txt"));

        var response = await unit.PostAsync("/api/evaluations/import?mode=per-form", FileContent(TestPdfs.Text(lines, new Random(5)), "部门整体支出绩效自评表.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var found = Assert.Single(body.GetProperty("forms").EnumerateArray());
        Assert.Equal("department-wide", found.GetProperty("layout").GetString());
        Assert.Equal("departmentWide", found.GetProperty("form").GetProperty("kind").GetString(), ignoreCase: true);
        Assert.Equal(42, found.GetProperty("form").GetProperty("department").GetProperty("authorizedStaff").GetInt32());
        var id = found.GetProperty("id").GetGuid();
        var stored = await Forms.Read<Evaluation>(await unit.GetAsync($"/api/evaluations/{id}"));
        Assert.Equal(DepartmentWideSample.Form(), stored.Form);

        var xlsx = await unit.GetAsync($"/api/evaluations/{id}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var exported = FormImporter.Import(await xlsx.Content.ReadAsByteArrayAsync(), "export.xlsx");
        Assert.Equal(DepartmentWideSample.Form(), Assert.Single(exported.Forms));
    }

    [Fact]
    public async Task Per_form_with_a_choice_stores_only_the_confirmed_forms()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync("/api/evaluations/import?mode=per-form&forms=0,2", FileContent(PublishedPdf(), "公开.pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").EnumerateArray()
            .Select(c => c.GetProperty("projectName").GetString()!).ToArray();
        Assert.Equal(["灵活就业工作经费", "区退管会管理工作经费"], created);
    }

    [Fact]
    public async Task A_scanned_pdf_is_refused_saying_it_has_no_text_layer()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync("/api/evaluations/import?mode=per-form", FileContent(TestPdfs.Scanned(), "扫描件.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("扫描件没有文字层", problem.GetProperty("importErrors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("mode=some")]
    [InlineData("mode=per-form&forms=a,b")]
    public async Task Unknown_options_are_refused(string query)
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var response = await unit.PostAsync($"/api/evaluations/import?{query}", FileContent(PublishedPdf(), "公开.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
