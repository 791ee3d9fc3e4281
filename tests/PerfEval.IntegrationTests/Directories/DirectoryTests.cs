using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Directories;

/// <summary>/api/directory: an admin fills the directory (entries, imports), everyone signed in reads the names.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DirectoryTests(PlatformFixture platform)
{
    public sealed record NamesView(
        long Version, Dictionary<string, string> Departments, Dictionary<string, string> Units, Dictionary<string, string> People);

    public sealed record ProblemView(string Sheet, int Row, string Column, string Code, string Message);

    public sealed record ImportView(bool Preview, bool Stored, long Version, JsonElement Changes, IReadOnlyList<ProblemView> Errors);

    public sealed record RevisionView(long Version, DateTimeOffset At, string By, string Change);

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task The_demo_organisation_is_there_on_first_start()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var names = await Forms.Read<NamesView>(await unit.GetAsync("/api/directory/names"));
        Assert.Equal("青浦区总工会", names.Departments["dept-qingpu-union"]);
        Assert.Equal("青浦区退休职工管理委员会办公室", names.Units["unit-qingpu-retirees"]);
        Assert.Equal("青浦区实验小学", names.Units["unit-1"]);
        Assert.Equal("主管部门审核人", names.People["demo-reviewer"]);
    }

    [Fact]
    public async Task An_admin_adds_entries_one_by_one_and_every_change_is_kept_with_who_made_it()
    {
        var s = Suffix();
        var admin = await platform.ClientFor(TestUser.Admin() with { Name = "目录管理员" });
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/directory/departments/dept-{s}", new { code = $"D-{s}", name = "青浦区文化旅游局" })).StatusCode);
        var unit = await admin.PutAsJsonAsync($"/api/directory/units/unit-{s}", new { code = $"U-{s}", name = "青浦区图书馆", departmentId = $"dept-{s}" });
        Assert.Equal(HttpStatusCode.OK, unit.StatusCode);
        var person = await admin.PutAsJsonAsync($"/api/directory/people/r-{s}", new { name = "文旅审核人", roles = new[] { "审核人" }, departmentIds = new[] { $"dept-{s}" } });
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);

        var read = await admin.GetAsync($"/api/directory/units/unit-{s}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("青浦区图书馆", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/directory/units/unit-none-{s}")).StatusCode);

        var reader = await platform.ClientFor(TestUser.Reviewer($"dept-{s}"));
        var response = await reader.GetAsync("/api/directory/names");
        var names = await Forms.Read<NamesView>(response);
        Assert.Equal("青浦区图书馆", names.Units[$"unit-{s}"]);
        Assert.Equal("文旅审核人", names.People[$"r-{s}"]);
        var again = new HttpRequestMessage(HttpMethod.Get, "/api/directory/names");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(again)).StatusCode);

        var history = await Forms.Read<List<RevisionView>>(await admin.GetAsync("/api/directory/history"));
        Assert.Contains(history, r => r.By == "目录管理员" && r.Change == "新增单位「青浦区图书馆」");
    }

    [Fact]
    public async Task A_change_that_breaks_a_rule_is_refused_with_its_code_in_chinese_and_nothing_is_stored()
    {
        var s = Suffix();
        var admin = await platform.ClientFor(TestUser.Admin());
        var refused = await admin.PutAsJsonAsync($"/api/directory/units/unit-{s}", new { code = $"U-{s}", name = "某单位", departmentId = "dept-nowhere" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Forms.Read<JsonElement>(refused);
        Assert.Equal("directory.unit.unknown_department", problem.GetProperty("code").GetString());
        Assert.Contains("不在部门表中", problem.GetProperty("detailZh").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/directory/units/unit-{s}")).StatusCode);

        var reviewer = await admin.PutAsJsonAsync($"/api/directory/people/r-{s}", new { name = "审核人", roles = new[] { "reviewer" } });
        Assert.Equal("directory.person.reviewer_without_departments", (await Forms.Read<JsonElement>(reviewer)).GetProperty("code").GetString());

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/directory/departments/dept-{s}")
        {
            Content = JsonContent.Create(new { code = $"D-{s}", name = "某部门" }),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await admin.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task A_workbook_import_is_previewed_with_every_error_by_sheet_and_row_then_stored_whole()
    {
        var s = Suffix();
        var admin = await platform.ClientFor(TestUser.Admin());
        var broken = Workbook(
            [["部门编码", "部门名称"], [$"D-{s}", "青浦区水务局"]],
            [["单位编码", "单位名称", "所属部门编码"], [$"U-{s}", "青浦区水文站", $"D-{s}"], [$"V-{s}", "", "NOPE"]],
            [["用户标识", "姓名", "角色", "所属单位编码", "审核部门编码"], [$"r-{s}", "水务审核人", "审核人", "", ""]]);

        var preview = await Forms.Read<ImportView>(await admin.PostAsync("/api/directory/import?preview=true", File(broken)));
        Assert.False(preview.Stored);
        Assert.Equal(
            [("单位", 3, "单位名称", "directory.empty"), ("单位", 3, "所属部门编码", "directory.unit.unknown_department"),
             ("人员", 2, "审核部门编码", "directory.person.reviewer_without_departments")],
            preview.Errors.Select(e => (e.Sheet, e.Row, e.Column, e.Code)));

        var refused = await admin.PostAsync("/api/directory/import", File(broken));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await Forms.Read<JsonElement>(refused);
        Assert.Equal("directory.import_refused", problem.GetProperty("code").GetString());
        Assert.Equal(3, problem.GetProperty("directoryErrors").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/directory/departments/D-{s}")).StatusCode);

        var good = Workbook(
            [["部门编码", "部门名称"], [$"D-{s}", "青浦区水务局"]],
            [["单位编码", "单位名称", "所属部门编码"], [$"U-{s}", "青浦区水文站", $"D-{s}"]],
            [["用户标识", "姓名", "角色", "所属单位编码", "审核部门编码"], [$"r-{s}", "水务审核人", "审核人", "", $"D-{s}"]]);
        var stored = await Forms.Read<ImportView>(await admin.PostAsync("/api/directory/import", File(good)));
        Assert.True(stored.Stored);
        Assert.Equal(1, stored.Changes.GetProperty("unitsAdded").GetInt32());
        var names = await Forms.Read<NamesView>(await admin.GetAsync("/api/directory/names"));
        Assert.Equal("青浦区水文站", names.Units[$"U-{s}"]);

        var export = await admin.GetAsync("/api/directory/export.xlsx");
        using var workbook = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Contains(workbook.Worksheet("单位").RowsUsed(), r => r.Cell(3).GetString() == "青浦区水文站" && r.Cell(4).GetString() == $"D-{s}");
    }

    [Fact]
    public async Task A_json_import_names_entries_by_id()
    {
        var s = Suffix();
        var admin = await platform.ClientFor(TestUser.Admin());
        var body = new
        {
            departments = new[] { new { id = $"dept-{s}", code = $"J-{s}", name = "青浦区体育局" } },
            units = new[] { new { id = $"unit-{s}", code = $"JU-{s}", name = "青浦区体育中心", departmentId = $"dept-{s}" } },
        };
        var response = await admin.PostAsJsonAsync("/api/directory/import", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("青浦区体育中心", await (await admin.GetAsync($"/api/directory/units/unit-{s}")).Content.ReadAsStringAsync());
    }

    private static MultipartFormDataContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", "directory.xlsx" } };
    }

    private static byte[] Workbook(string[][] departments, string[][] units, string[][] people)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, rows) in new[] { ("部门", departments), ("单位", units), ("人员", people) })
        {
            var sheet = workbook.AddWorksheet(name);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 1, c + 1).Value = rows[r][c];
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
