using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.DepartmentWide;

/// <summary>
/// GET /api/evaluations/template?kind=DepartmentWide: the blank department-wide form, with the caller's department
/// named, which the import reads back as an empty department-wide draft; an unknown kind is a 400 in the caller's language.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DepartmentWideTemplateTests(PlatformFixture platform)
{
    private static MultipartFormDataContent FileContent(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<(TestOrg Org, HttpClient Unit)> UnitOfNamedDepartment(string name)
    {
        var org = TestOrg.New();
        var admin = await platform.ClientFor(TestUser.Admin());
        var suffix = org.DepartmentId["dept-".Length..];
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/directory/departments/{org.DepartmentId}", new { code = $"DW-{suffix}", name })).StatusCode);
        return (org, await platform.ClientFor(org.Submitter));
    }

    [Fact]
    public async Task The_blank_department_wide_template_names_the_callers_department_and_imports_back_as_an_empty_department_wide_draft()
    {
        var (_, unit) = await UnitOfNamedDepartment("区市场监督管理局");

        var download = await unit.GetAsync("/api/evaluations/template?kind=departmentWide&fiscalYear=2024");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("perfeval-template-department-wide.xlsx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await download.Content.ReadAsByteArrayAsync();
        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            Assert.Equal("部门整体支出绩效自评表", workbook.Worksheet(1).Cell(1, 1).GetString());
        }

        var preview = await unit.PostAsync("/api/evaluations/import?preview=true", FileContent(bytes, "部门整体支出绩效自评表.xlsx"));

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        var found = Assert.Single(body.GetProperty("forms").EnumerateArray());
        Assert.Equal("Read", found.GetProperty("status").GetString());
        var form = found.GetProperty("form");
        Assert.Equal("departmentWide", form.GetProperty("kind").GetString(), ignoreCase: true);
        Assert.Equal("部门整体支出", form.GetProperty("header").GetProperty("projectName").GetString());
        Assert.Equal("区市场监督管理局", form.GetProperty("header").GetProperty("competentDepartment").GetString());
        Assert.Equal(2024, form.GetProperty("header").GetProperty("fiscalYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, form.GetProperty("department").ValueKind);
        foreach (var row in new[] { "total", "currentAppropriation", "carryOver", "other" })
        {
            var funds = form.GetProperty("funds").GetProperty(row);
            Assert.All(new[] { "initialBudget", "fullYearBudget", "executed", "claimedRate" }, f => Assert.Equal(JsonValueKind.Null, funds.GetProperty(f).ValueKind));
        }

        var indicators = form.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(["在职人员控制率", "“三公”经费变动率", "重点支出安排率"], indicators.Select(i => i.GetProperty("name").GetString()));
        Assert.All(indicators, i =>
        {
            Assert.Equal("", i.GetProperty("actual").GetString());
            Assert.Equal(JsonValueKind.Null, i.GetProperty("claimedScore").ValueKind);
        });
        Assert.Equal(JsonValueKind.Null, form.GetProperty("claimedTotal").ValueKind);
        Assert.Equal("IMPORT_UNSCORED", Assert.Single(found.GetProperty("findings").EnumerateArray()).GetProperty("code").GetString());
        Assert.Empty((await Forms.Read<PagedList<PerfEval.Api.Evaluations.EvaluationSummary>>(await unit.GetAsync("/api/evaluations"))).Items);
    }

    [Fact]
    public async Task Without_a_kind_the_template_is_still_the_project_form()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        foreach (var path in new[] { "/api/evaluations/template", "/api/evaluations/template?kind=PROJECT" })
        {
            var download = await unit.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
            Assert.Equal("财政项目支出绩效自评表", workbook.Worksheet(1).Cell(1, 1).GetString());
        }
    }

    [Fact]
    public async Task A_reviewer_gets_the_department_wide_template_with_the_department_left_blank()
    {
        var org = TestOrg.New();
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));

        var download = await reviewer.GetAsync("/api/evaluations/template?kind=DepartmentWide");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        Assert.Equal("部门整体支出绩效自评表", workbook.Worksheet(1).Cell(1, 1).GetString());
        Assert.Equal("", workbook.Worksheet(1).Cell(4, 2).GetString());
    }

    [Theory]
    [InlineData("department-wide")]
    [InlineData("1")]
    [InlineData("部门整体")]
    [InlineData("")]
    public async Task An_unknown_kind_is_a_400_naming_the_kinds_in_the_callers_language(string kind)
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        using var zhRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/evaluations/template?kind={Uri.EscapeDataString(kind)}");
        using var enRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/evaluations/template?kind={Uri.EscapeDataString(kind)}");
        enRequest.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var zh = await unit.SendAsync(zhRequest);
        var en = await unit.SendAsync(enRequest);

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, en.StatusCode);
        var zhKind = (await zh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString();
        var enKind = (await en.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("kind")[0].GetString();
        Assert.Contains("部门整体支出绩效自评表", zhKind);
        Assert.Contains("DepartmentWide", enKind);
        Assert.DoesNotContain("自评表", enKind);
    }
}
