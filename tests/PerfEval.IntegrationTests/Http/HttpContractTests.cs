using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PerfEval.Api.Evaluations;
using PerfEval.Domain.Evaluations;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>Authentication, scoping, concurrency and validation at the HTTP edge.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HttpContractTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("GET", "/api/evaluations")]
    [InlineData("POST", "/api/evaluations")]
    [InlineData("GET", "/api/review-tasks")]
    public async Task Requests_without_a_token_are_401(string method, string path)
    {
        var anonymous = platform.AnonymousClient();
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var client = platform.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZSI6Im1hbmFnZXIifQ.c2lnbmF0dXJlLW5vdC12YWxpZA");
        var response = await client.GetAsync("/api/evaluations");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Another_unit_cannot_read_change_or_submit_the_form_and_learns_nothing_of_it()
    {
        var owner = TestOrg.New();
        var stranger = new TestOrg(TestOrg.New().UnitId, owner.DepartmentId);
        var ownerClient = await platform.ClientFor(owner.Submitter);
        var strangerClient = await platform.ClientFor(stranger.Submitter);
        var (draft, etag) = await Forms.CreateDraft(ownerClient);

        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync($"/api/evaluations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await strangerClient.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await strangerClient.PutAsJsonAsync($"/api/evaluations/{draft.Id}", Forms.Sample(), Forms.Json)).StatusCode);
        var list = await Forms.Read<PagedList<EvaluationSummary>>(await strangerClient.GetAsync("/api/evaluations"));
        Assert.DoesNotContain(list.Items, e => e.Id == draft.Id);

        var unchanged = await Forms.Read<Evaluation>(await ownerClient.GetAsync($"/api/evaluations/{draft.Id}"));
        Assert.Equal(EvaluationStatus.Draft, unchanged.Status);
        Assert.Equal(1, unchanged.Version);
    }

    [Fact]
    public async Task Reviewer_of_another_department_gets_404_and_manager_reads_everything()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);

        var outsider = await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId));
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var manager = await platform.ClientFor(TestUser.Manager());

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/evaluations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/evaluations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/evaluations/{draft.Id}")).StatusCode);
        var managerList = await Forms.Read<PagedList<EvaluationSummary>>(
            await manager.GetAsync($"/api/evaluations?unitId={org.UnitId}"));
        Assert.Equal(draft.Id, Assert.Single(managerList.Items).Id);
    }

    [Fact]
    public async Task Reviewer_cannot_create_forms()
    {
        var reviewer = await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId));
        var response = await reviewer.PostAsJsonAsync("/api/evaluations", Forms.Sample(), Forms.Json);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Stale_If_Match_is_412_and_changes_nothing()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, etag) = await Forms.CreateDraft(unit);
        var edited = Forms.Sample() with { ClaimedGrade = "良" };
        var replace = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{draft.Id}")
        {
            Content = JsonContent.Create(edited, options: Forms.Json),
        };
        replace.Headers.TryAddWithoutValidation("If-Match", etag);
        var replaced = await unit.SendAsync(replace);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("\"2\"", replaced.Headers.ETag!.ToString());

        var stale = await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag));

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("precondition.stale_version", problem.GetProperty("code").GetString());
        Assert.Equal("\"2\"", problem.GetProperty("currentETag").GetString());
        var current = await Forms.Read<Evaluation>(await unit.GetAsync($"/api/evaluations/{draft.Id}"));
        Assert.Equal(EvaluationStatus.Draft, current.Status);
        Assert.Equal("良", current.Form.ClaimedGrade);
    }

    [Fact]
    public async Task Submitted_form_cannot_be_edited_or_submitted_again()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, etag) = await Forms.CreateDraft(unit);
        await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag));

        var again = await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit"));
        var edit = await unit.PutAsJsonAsync($"/api/evaluations/{draft.Id}", Forms.Sample(), Forms.Json);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("evaluation.not_submittable",
            (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Fact]
    public async Task Invalid_form_is_400_with_the_failing_fields_and_nothing_is_stored()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var sample = Forms.Sample();
        var invalid = sample with
        {
            Header = sample.Header with { ProjectName = "", FiscalYear = 1899 },
            Indicators = [],
        };

        var response = await unit.PostAsJsonAsync("/api/evaluations", invalid, Forms.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("header.projectName", out _));
        Assert.True(errors.TryGetProperty("header.fiscalYear", out _));
        Assert.True(errors.TryGetProperty("indicators", out _));
        var list = await Forms.Read<PagedList<EvaluationSummary>>(await unit.GetAsync("/api/evaluations"));
        Assert.Empty(list.Items);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"header\": 5}")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_is_400_problem_details(string body)
    {
        var unit = await platform.ClientFor(TestOrg.New().Submitter);
        var response = await unit.PostAsync("/api/evaluations", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Health_OpenApi_and_docs_are_served_without_a_token()
    {
        var anonymous = platform.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var ready = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var openApi = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/evaluations/{id}/submit", out _));
        var docs = await anonymous.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
