using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>
/// The corpus of malformed input against every write endpoint and the importer: each case is refused with a 4xx
/// problem within a bounded time, stores nothing, and leaves the service ready.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    /// <summary>Longer than any refusal should take, short enough that a hang fails the case rather than the run.</summary>
    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(20);

    public static IEnumerable<object[]> BodyCases() =>
        from endpoint in WriteEndpoints.All
        where endpoint.ValidBody is not null
        from body in MalformedBodies.All
        where body.Make(MalformedBodies.ValidNode(endpoint.ValidBody!)) is not null
        select new object[] { endpoint.Name, body.Name };

    public static IEnumerable<object[]> HeaderCases() =>
        from endpoint in WriteEndpoints.All
        from header in MalformedHeaders.All
        where header.Applies(endpoint)
        select new object[] { endpoint.Name, header.Name };

    public static IEnumerable<object[]> UploadCases() => MalformedUploads.All.Select(u => new object[] { u.Name });

    public static IEnumerable<object[]> EvidenceUploadCases() => MalformedEvidenceUploads.All.Select(u => new object[] { u.Name });

    [Fact]
    public void Every_write_endpoint_is_in_the_corpus()
    {
        var writes = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => $"{m} /{(e.RoutePattern.RawText ?? "").Trim('/')}"))
            .Where(e => !e.Contains("/hangfire", StringComparison.Ordinal))
            .ToHashSet();

        Assert.Empty(writes.Except(WriteEndpoints.All.Select(e => e.Name)).Order());
    }

    [Theory]
    [MemberData(nameof(BodyCases))]
    public async Task Malformed_body_is_refused_with_a_problem_and_stores_nothing(string endpointName, string bodyName)
    {
        var endpoint = WriteEndpoints.Named(endpointName);
        var body = MalformedBodies.All.Single(b => b.Name == bodyName);
        // Routing answers a content type no endpoint accepts with the framework's own 415 endpoint, which carries no
        // AllowAnonymous, so an anonymous caller meets the fallback authorization policy (401) first; a body without a
        // content type passes routing and is refused by binding (415).
        var status = body.Status == 415 && endpoint.Caller == Caller.Anonymous && body.Name != "no content type" ? 401 : body.Status;
        await Refused(endpoint, $"{endpointName} with {bodyName}", status, request =>
            request.Content = body.Make(MalformedBodies.ValidNode(endpoint.ValidBody!)));
    }

    [Theory]
    [MemberData(nameof(HeaderCases))]
    public async Task Malformed_header_or_route_is_refused_with_a_problem_and_stores_nothing(string endpointName, string headerName)
    {
        var endpoint = WriteEndpoints.Named(endpointName);
        var header = MalformedHeaders.All.Single(h => h.Name == headerName);
        await Refused(endpoint, $"{endpointName} with {headerName}", header.Status, request =>
        {
            if (endpoint.ValidBody is not null)
            {
                request.Content = JsonContent.Create(endpoint.ValidBody, endpoint.ValidBody.GetType(), options: Forms.Json);
            }

            header.Change(request);
        });
    }

    [Theory]
    [MemberData(nameof(UploadCases))]
    public async Task Malformed_upload_is_refused_with_a_problem_and_stores_nothing(string uploadName)
    {
        var upload = MalformedUploads.All.Single(u => u.Name == uploadName);
        await Refused(WriteEndpoints.Named("POST /api/evaluations/import"), $"import of {uploadName}", null,
            request => request.Content = upload.Make());
    }

    [Theory]
    [MemberData(nameof(EvidenceUploadCases))]
    public async Task Malformed_evidence_upload_is_refused_with_a_problem_and_stores_nothing(string uploadName)
    {
        var upload = MalformedEvidenceUploads.All.Single(u => u.Name == uploadName);
        await Refused(WriteEndpoints.Named("POST /api/evaluations/{id:guid}/evidence"), $"evidence upload of {uploadName}",
            upload.Status, request => request.Content = upload.Make());
    }

    [Fact]
    public async Task A_50_MB_upload_is_413_and_a_normal_form_still_goes_through_afterwards()
    {
        var file = new byte[50 * 1024 * 1024];
        new Random(5).NextBytes(file);
        await Refused(WriteEndpoints.Named("POST /api/evaluations/import"), "a 50 MB upload", 413,
            request => request.Content = MalformedUploads.File(file, "forms.xlsx"));

        await A_normal_form_still_goes_through();
    }

    [Fact]
    public async Task An_oversized_body_without_a_length_is_413_when_it_crosses_the_limit()
    {
        await Refused(WriteEndpoints.Named("POST /api/evaluations"), "an oversized chunked body", 413, request =>
        {
            var content = new StreamContent(new EndlessJson());
            content.Headers.ContentType = new("application/json");
            request.Content = content;
        });
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("'; DROP TABLE mt_events; --")]
    [InlineData("\" OR 1=1 -- <img src=x onerror=alert(1)>")]
    public async Task Markup_and_sql_in_valid_text_are_stored_verbatim_and_served_escaped(string text)
    {
        var stage = await BadInputStage.For(platform);
        var sample = Forms.Sample();
        var form = sample with { Header = sample.Header with { ProjectName = text }, ClaimedGrade = sample.ClaimedGrade };
        var (created, _) = await Forms.CreateDraft(stage.Unit, form);
        var comment = await stage.Reviewer.PostAsJsonAsync(
            $"/api/evaluations/{stage.ClaimedId}/review/comments", new { text }, Forms.Json);
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);

        var raw = await stage.Unit.GetStringAsync($"/api/evaluations/{created.Id}");
        Assert.DoesNotContain("<", raw);
        Assert.DoesNotContain("'", raw);
        Assert.Equal(text, JsonSerializer.Deserialize<Evaluation>(raw, Forms.Json)!.Form.Header.ProjectName);
        var reviewed = await stage.Reviewer.GetStringAsync($"/api/evaluations/{stage.ClaimedId}");
        Assert.DoesNotContain("<", reviewed);
        Assert.Contains(JsonSerializer.Deserialize<JsonElement>(reviewed).GetProperty("comments").EnumerateArray(),
            c => c.GetProperty("text").GetString() == text);
    }

    [Fact]
    public async Task A_normal_form_still_goes_through()
    {
        var stage = await BadInputStage.For(platform);
        Assert.Equal(HttpStatusCode.OK, (await stage.Anonymous.GetAsync("/health/ready")).StatusCode);
        var (draft, etag) = await Forms.CreateDraft(stage.Unit);
        Assert.Equal(HttpStatusCode.OK, (await stage.Unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag))).StatusCode);
        await new FormFlow(platform).WaitForTask(stage.Reviewer, draft.Id);
    }

    private async Task Refused(WriteEndpoint endpoint, string what, int? status, Action<HttpRequestMessage> make)
    {
        var stage = await BadInputStage.For(platform);
        var before = await endpoint.Stored(stage);
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path(stage));
        make(request);

        using var timeout = new CancellationTokenSource(PerRequest);
        HttpResponseMessage response;
        try
        {
            response = await endpoint.ClientOf(stage).SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"{what}: no answer within {PerRequest.TotalSeconds:0}s");
        }

        await ProblemAssert.IsProblem(response, what, status);
        Assert.Equal(before, await endpoint.Stored(stage));
        Assert.Equal(HttpStatusCode.OK, (await stage.Anonymous.GetAsync("/health/ready")).StatusCode);
    }

    /// <summary>
    /// A JSON string of a mebibyte more than the limit with no declared length, so only the server's running count
    /// can stop it. (The test host buffers a request's content, so it cannot be endless.)
    /// </summary>
    private sealed class EndlessJson : Stream
    {
        private const long Size = MalformedBodies.MaxRequestBytes + 1024 * 1024;
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            count = (int)Math.Min(count, Size - _position);
            if (count <= 0)
            {
                return 0;
            }

            var start = _position == 0 ? "{\"pad\":\""u8 : [];
            start.CopyTo(buffer.AsSpan(offset));
            buffer.AsSpan(offset + start.Length, count - start.Length).Fill((byte)'x');
            _position += count;
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
