using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PerfEval.Domain.Targets;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Targets;

/// <summary>Declarations as files over HTTP: the official .xlsx and JSON out, the same files in as drafts, errors by cell.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TargetFileTests(PlatformFixture platform)
{
    private static MultipartFormDataContent File(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("json")]
    public async Task An_exported_declaration_imports_as_the_same_targets_once(string format)
    {
        var first = await platform.ClientFor(TestOrg.New().Submitter);
        var content = TargetFlow.Sample();
        var declared = await TargetFlow.Declare(first, content);
        var exported = await first.GetAsync($"/api/targets/{declared.Id}/export?format={format}");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var bytes = await exported.Content.ReadAsByteArrayAsync();

        var other = TestOrg.New();
        var unit = await platform.ClientFor(other.Submitter);
        var imported = await unit.PostAsync("/api/targets/import", File(bytes, "targets." + format));
        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        var created = (await Forms.Read<JsonElement>(imported)).GetProperty("created");
        var id = Assert.Single(created.EnumerateArray()).GetProperty("id").GetGuid();
        var read = await TargetFlow.Read(unit, id);
        Assert.Equal(content, read.Content);
        Assert.Equal(other.UnitId, read.UnitId);
        Assert.Equal("import:" + (format == "xlsx" ? "Xlsx" : "Json"), read.Source);

        var again = await unit.PostAsync("/api/targets/import", File(bytes, "targets." + format));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single((await Forms.Read<PagedList<TargetDeclaration>>(await unit.GetAsync("/api/targets"))).Items);
    }

    [Fact]
    public async Task A_file_with_a_bad_cell_is_refused_naming_it_and_stores_nothing()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var json = JsonSerializer.Serialize(TargetFlow.Sample(), Forms.Json).Replace("\"weight\":15", "\"weight\":\"十五\"", StringComparison.Ordinal);
        var response = await unit.PostAsync("/api/targets/import", File(Encoding.UTF8.GetBytes(json), "targets.json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Forms.Read<JsonElement>(response);
        Assert.Equal("import.unreadable", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("importErrors").EnumerateArray(),
            e => e.GetProperty("location").GetString()!.Contains("weight", StringComparison.Ordinal));
        Assert.Empty((await Forms.Read<PagedList<TargetDeclaration>>(await unit.GetAsync("/api/targets"))).Items);
    }

    [Fact]
    public async Task The_template_is_the_official_workbook()
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var response = await unit.GetAsync("/api/targets/template?fiscalYear=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var blank = await unit.PostAsync("/api/targets/import", File(bytes, "template.xlsx"));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
    }
}
