using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerfEval.IntegrationTests.BadInput;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>
/// Each bad input below is refused with its field's message in Chinese for zh-CN and in English for en: the messages
/// that used to exist in one language only.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MessageLanguageTests(PlatformFixture platform)
{
    private const string Years = "1990至2200之间的年度";
    private const string YearsEn = "a fiscal year between 1990 and 2200";
    private const string IdentifierZh = "应为1到64个字符：字母、数字、“-”“_”或“.”，如 dept-education。";
    private const string IdentifierEn = "must be 1 to 64 characters: letters, digits, '-', '_' or '.', e.g. dept-education.";

    /// <summary>A request (a body written as a string is sent as it is), who sends it, the failing field and its message in each language.</summary>
    public sealed record BadInput(
        string Method, string Path, object? Body, string Who, string Field, string Zh, string En, string? IdempotencyKey = null);

    private static readonly Dictionary<string, BadInput> Cases = new()
    {
        ["history asOf"] = new("GET", $"/api/evaluations/{Guid.NewGuid()}/history?asOf=yesterday", null, "unit", "asOf",
            "查看时点：应为 ISO 8601 格式的时间，如 2025-03-31T12:00:00+08:00（未写时区按 UTC）。",
            "Point in time (asOf): must be an ISO 8601 timestamp, e.g. 2025-03-31T12:00:00+08:00 (UTC when no offset is given)."),
        ["review target"] = new("POST", $"/api/evaluations/{Guid.NewGuid()}/review/adjustments", new { target = "row", score = 3 }, "reviewer", "target",
            "调整对象：应为 execution（预算执行率，不填 indicatorIndex）或 indicator（绩效指标，并以 indicatorIndex 指明第几行）。",
            "Adjusted item: must be \"execution\" (budget execution, without indicatorIndex) or \"indicator\" with indicatorIndex (which row)."),
        ["Idempotency-Key"] = new("POST", $"/api/evaluations/{Guid.NewGuid()}/submit", null, "unit", "Idempotency-Key",
            "请求编号（Idempotency-Key）：应为1到100个可见的 ASCII 字符（字母、数字或符号）。",
            "Request key (Idempotency-Key): must be 1 to 100 visible ASCII characters.", IdempotencyKey: new string('k', 101)),
        ["reports fiscalYear"] = new("POST", "/api/reports", new { }, "manager", "fiscalYear",
            $"年度：未填写或不在范围内，应为{Years}。", $"Fiscal year: is missing or out of range; it must be {YearsEn}."),
        ["monitoring departmentId"] = new("GET", "/api/monitoring/2024?departmentId=dept%20one", null, "manager", "departmentId",
            $"部门：{IdentifierZh}", $"Department: {IdentifierEn}"),
        ["budget advice departmentId"] = new("GET", "/api/budget-advice/2024?departmentId=dept%20one", null, "manager", "departmentId",
            $"部门：{IdentifierZh}", $"Department: {IdentifierEn}"),
        ["target monitoring body"] = new("POST", $"/api/targets/{Guid.NewGuid()}/monitoring", "null", "unit", "body",
            "请提交截止月份、截至该月的执行数和各指标进展。", "A report with cutOffMonth, executedToDate and indicators is required."),
        ["cross-checks run year"] = new("POST", "/api/cross-checks/1900/run", null, "manager", "year",
            $"年度：应为{Years}。", $"Year: must be {YearsEn}."),
        ["cross-checks list year"] = new("GET", "/api/cross-checks/1900", null, "manager", "year",
            $"年度：应为{Years}。", $"Year: must be {YearsEn}."),
        ["cross-checks list departmentId"] = new("GET", "/api/cross-checks/2024?departmentId=dept%20one", null, "manager", "departmentId",
            $"部门：{IdentifierZh}", $"Department: {IdentifierEn}"),
        ["yearly projection year"] = new("GET", "/api/projections/yearly/1900", null, "manager", "year",
            $"年度：应为{Years}。", $"Year: must be {YearsEn}."),
        ["paging page"] = new("GET", "/api/evaluations?page=0", null, "manager", "page",
            "页码：从1开始编号。", "Page: pages are numbered from 1."),
        ["paging pageSize"] = new("GET", "/api/evaluations?pageSize=1000", null, "manager", "pageSize",
            "每页条数：应在1到200之间。", "Page size: must be 1 to 200."),
        ["calendar missing date"] = new("PUT", "/api/calendar/2031", new { reviewDue = "2032-05-31" }, "admin", "selfEvaluationDue",
            "请填写自评截止日期（yyyy-MM-dd）。", "The self-evaluation due date is required (yyyy-MM-dd)."),
        ["calendar rule"] = new("PUT", "/api/calendar/2031", new { selfEvaluationDue = "2032-03-31", reviewDue = "2032-02-01" }, "admin", "reviewDue",
            "审核截止日期不得早于自评截止日期。", "The review due date must not be before the self-evaluation due date."),
        ["rulebook region"] = new("PUT", "/api/rulebooks/Bad_Region/2024", new { clauses = Array.Empty<object>() }, "admin", "region",
            "地区编码须为小写字母、数字和连字符（不超过 40 字）。", "The region is lower-case letters, digits and hyphens (at most 40)."),
        ["rulebook clauses"] = new("PUT", "/api/rulebooks/qingpu/2024", new { clauses = Array.Empty<object>() }, "admin", "clauses",
            "复核口径须有 1 到 200 条。", "A rulebook has 1 to 200 clauses."),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_bad_input_is_refused_in_the_callers_language(string name)
    {
        var c = Cases[name];
        var client = await platform.ClientFor(c.Who switch
        {
            "unit" => TestOrg.New().Submitter,
            "reviewer" => TestUser.Reviewer(TestOrg.New().DepartmentId),
            "manager" => TestUser.Manager(),
            _ => TestUser.Admin(),
        });

        var zh = await Send(client, c, "zh-CN");
        var en = await Send(client, c, "en");

        Assert.Equal(c.Zh, Message(zh, c.Field));
        Assert.Equal(c.En, Message(en, c.Field));
        Assert.Equal([c.Zh], zh.GetProperty("errors").GetProperty(c.Field).EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("提交的内容有误，请按下列各项修改。", zh.GetProperty("detail").GetString());
        Assert.Equal("Some fields need correcting; see the list below.", en.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> Send(HttpClient client, BadInput c, string language)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        request.Content = c.Body switch
        {
            null => null,
            string json => new StringContent(json, Encoding.UTF8, "application/json"),
            var body => JsonContent.Create(body, options: Forms.Json),
        };

        if (c.IdempotencyKey is { } key)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        var response = await client.SendAsync(request);
        await ProblemAssert.IsProblem(response, c.Path, 400);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Message(JsonElement problem, string field) =>
        problem.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("path").GetString() == field).GetProperty("message").GetString();
}
