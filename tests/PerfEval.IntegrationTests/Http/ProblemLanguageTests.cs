using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerfEval.IntegrationTests.BadInput;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>
/// Problems in the caller's language (Accept-Language; Chinese by default), with the machine path kept as the key of
/// <c>errors</c> and each failing field named for people in <c>fields</c>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProblemLanguageTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_same_bad_form_is_refused_in_Chinese_for_zh_CN_and_in_English_for_en_US_naming_the_row()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var form = NegativeScoreOnRow2();
        var name = form.Indicators[1].Name;

        var zh = await Send(unit, "/api/evaluations", form, "zh-CN");
        var en = await Send(unit, "/api/evaluations", form, "en-US");

        Assert.Equal("validation", zh.GetProperty("code").GetString());
        Assert.Equal("validation", en.GetProperty("code").GetString());
        Assert.Equal("提交的内容有误，请按下列各项修改。", zh.GetProperty("detail").GetString());
        Assert.Equal("Some fields need correcting; see the list below.", en.GetProperty("detail").GetString());
        Assert.Equal("提交的内容有误，请按下列各项修改。", en.GetProperty("detailZh").GetString());
        Assert.True(zh.GetProperty("errors").TryGetProperty("indicators[1].claimedScore", out _));
        Assert.True(en.GetProperty("errors").TryGetProperty("indicators[1].claimedScore", out _));

        var zhField = Field(zh, "indicators[1].claimedScore");
        Assert.Equal($"第2行 三级指标「{name}」的得分", zhField.GetProperty("label").GetString());
        Assert.Equal($"第2行 三级指标「{name}」的得分应在0到100之间，现为-5。", zhField.GetProperty("message").GetString());
        var enField = Field(en, "indicators[1].claimedScore");
        Assert.Equal($"Row 2 indicator “{name}”: score", enField.GetProperty("label").GetString());
        Assert.StartsWith($"Row 2 indicator “{name}”: score must be between 0 and 100", enField.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Without_Accept_Language_a_problem_is_in_Chinese_and_blank_cells_are_named_by_label()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var sample = Forms.Sample();
        var form = sample with { Header = sample.Header with { ProjectName = "" } };

        var problem = await Send(unit, "/api/evaluations", form, null);

        var field = Field(problem, "header.projectName");
        Assert.Equal("项目名称", field.GetProperty("label").GetString());
        Assert.Equal("项目名称未填写。", field.GetProperty("message").GetString());
        Assert.Equal("内容有误", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_new_form_with_blank_cells_is_previewed_with_the_blank_cells_listed_not_refused()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var sample = Forms.Sample();
        var form = sample with
        {
            Header = sample.Header with { ProjectName = "", ImplementingUnit = " " },
            Indicators = [sample.Indicators[0] with { Name = "" }, .. sample.Indicators.Skip(1)],
        };

        using var request = Request("/api/evaluations/score-preview", JsonContent.Create(form, options: Forms.Json), "en-US");
        var response = await unit.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(card.GetProperty("findings").GetArrayLength() >= 0);
        var incomplete = card.GetProperty("incomplete").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("message").GetString());
        Assert.Equal("Project name is not filled in.", incomplete["header.projectName"]);
        Assert.Equal("Implementing unit is not filled in.", incomplete["header.implementingUnit"]);
        Assert.Equal("Indicator row 1: name is not filled in.", incomplete["indicators[0].name"]);
    }

    [Fact]
    public async Task An_unreadable_value_is_named_by_its_field_in_the_callers_language()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var body = JsonSerializer.SerializeToNode(Forms.Sample(), Forms.Json)!;
        body["indicators"]![0]!["weight"] = "很多";
        using var zhRequest = Request("/api/evaluations", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), "zh-CN");
        using var enRequest = Request("/api/evaluations", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), "en");

        var zhResponse = await unit.SendAsync(zhRequest);
        var enResponse = await unit.SendAsync(enRequest);

        await ProblemAssert.IsProblem(zhResponse, "a weight written in words", 400);
        var zh = await zhResponse.Content.ReadFromJsonAsync<JsonElement>();
        var en = await enResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("请求内容无法读取：第1行指标的分值", zh.GetProperty("detail").GetString());
        Assert.StartsWith("The JSON body could not be read: Indicator row 1: weight", en.GetProperty("detail").GetString());
        Assert.Equal("第1行指标的分值", Field(zh, "indicators[0].weight").GetProperty("label").GetString());
        Assert.DoesNotContain("$.", zh.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_refusal_of_the_domain_is_worded_in_the_callers_language_with_its_code()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        using var zhRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/evaluations/{Guid.NewGuid()}");
        zhRequest.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.8");
        using var enRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/evaluations/{Guid.NewGuid()}");
        enRequest.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var zh = await (await unit.SendAsync(zhRequest)).Content.ReadFromJsonAsync<JsonElement>();
        var en = await (await unit.SendAsync(enRequest)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(zh.GetProperty("code").GetString(), en.GetProperty("code").GetString());
        Assert.Equal(zh.GetProperty("detailZh").GetString(), zh.GetProperty("detail").GetString());
        Assert.Equal(zh.GetProperty("detailZh").GetString(), en.GetProperty("detailZh").GetString());
        Assert.NotEqual(zh.GetProperty("detail").GetString(), en.GetProperty("detail").GetString());
        Assert.Equal("未找到", zh.GetProperty("title").GetString());
        Assert.Equal("Not found", en.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_names_of_codes_are_served_once_for_every_screen()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);

        var names = await unit.GetFromJsonAsync<JsonElement>("/api/names");

        Assert.Equal("总分与各项得分合计不符", names.GetProperty("findings").GetProperty("TOTAL_NOT_SUM").GetProperty("zh").GetString());
        Assert.Equal("Draft created", names.GetProperty("events").GetProperty("EvaluationDrafted").GetProperty("en").GetString());
        Assert.Equal("导入（PDF文字）", names.GetProperty("sources").GetProperty("import:PdfText").GetProperty("zh").GetString());
        Assert.Equal("系统", names.GetProperty("actors").GetProperty("system").GetProperty("zh").GetString());
    }

    private static Domain.Forms.EvaluationForm NegativeScoreOnRow2()
    {
        var sample = Forms.Sample();
        return sample with { Indicators = [sample.Indicators[0], sample.Indicators[1] with { ClaimedScore = -5m }, .. sample.Indicators.Skip(2)] };
    }

    private static HttpRequestMessage Request(string path, HttpContent content, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    private static async Task<JsonElement> Send(HttpClient client, string path, object body, string? language)
    {
        using var request = Request(path, JsonContent.Create(body, options: Forms.Json), language);
        var response = await client.SendAsync(request);
        await ProblemAssert.IsProblem(response, "a form the API refuses", 400);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Field(JsonElement problem, string path) =>
        problem.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path);
}
