using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>
/// Answers come compressed when the client asks: the API's JSON (Brotli or gzip, as accepted) and the web UI's
/// scripts, a built copy (.br, .gz) sent as it is when the build wrote one, compressed on the fly otherwise. A host
/// of its own, whose web root is a folder the test writes (the real UI may not be built when the tests run).
/// </summary>
public sealed class CompressionTests : IAsyncLifetime
{
    private const string Script = "export const greeting = '你好，绩效自评'; // " + "a line long enough to be worth compressing ";
    private readonly string _schema = "it_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _webRoot = Path.Combine(Path.GetTempPath(), "perfeval-webroot-" + Guid.NewGuid().ToString("N")[..8]);
    private TestServices? _services;
    private WebApplicationFactory<Program>? _factory;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "assets"));
        var script = string.Concat(Enumerable.Repeat(Script + "\n", 40));
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "assets", "plain-abc123.js"), script);
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "assets", "built-abc123.js"), script);
        await File.WriteAllBytesAsync(Path.Combine(_webRoot, "assets", "built-abc123.js.br"), Compress(script, s => new BrotliStream(s, CompressionLevel.SmallestSize)));
        await File.WriteAllBytesAsync(Path.Combine(_webRoot, "assets", "built-abc123.js.gz"), Compress(script, s => new GZipStream(s, CompressionLevel.SmallestSize)));
        await File.WriteAllTextAsync(Path.Combine(_webRoot, "index.html"), "<!doctype html><title>PerfEval</title><div id=\"root\"></div>");

        _services = await TestServices.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            PlatformFixture.UseTestPlatform(web, _services, _schema);
            web.UseSetting("PerfEval:TemporaryQueues", "true");
            web.UseWebRoot(_webRoot);
        });
        _ = _factory.Server;
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    public async Task A_JSON_answer_of_the_API_comes_compressed_as_the_client_accepts(string accept, string expected)
    {
        var client = await ClientWithToken();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await Decompress(response, expected));
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_answer_is_not_compressed_for_a_client_that_does_not_ask()
    {
        var client = await ClientWithToken();

        using var response = await client.GetAsync("/api/notifications");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("\"total\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    public async Task A_built_script_is_sent_as_its_precompressed_copy(string accept, string expected)
    {
        using var client = _factory!.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/built-abc123.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var copy = await File.ReadAllBytesAsync(Path.Combine(_webRoot, "assets", "built-abc123.js" + (expected == "br" ? ".br" : ".gz")));
        Assert.Equal(copy, await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith(Script, await Decompress(copy, expected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_without_a_copy_is_compressed_on_the_fly_and_a_plain_request_gets_it_plain()
    {
        using var client = _factory!.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/plain-abc123.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");

        using var compressed = await client.SendAsync(request);
        using var plain = await client.GetAsync("/assets/built-abc123.js");

        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.StartsWith(Script, await Decompress(compressed, "br"), StringComparison.Ordinal);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.StartsWith(Script, await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientWithToken()
    {
        var client = _factory!.CreateClient();
        var org = TestOrg.New();
        var user = org.Submitter;
        using var response = await client.PostAsJsonAsync("/api/auth/dev-token", new
        {
            userId = user.Id,
            name = user.Name,
            roles = user.Roles,
            unitId = user.UnitId,
            departmentIds = user.DepartmentIds,
        });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static byte[] Compress(string text, Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream();
        using (var stream = encoder(output))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private static async Task<string> Decompress(HttpResponseMessage response, string encoding) =>
        await Decompress(await response.Content.ReadAsByteArrayAsync(), encoding);

    private static async Task<string> Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        await using Stream stream = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_services is not null)
        {
            await PlatformFixture.DropSchemasAsync(_services, _schema);

            await _services.DisposeAsync();
        }

        Directory.Delete(_webRoot, recursive: true);
    }
}
