using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PerfEval.IntegrationTests.BadInput;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>POST /api/evaluations/score-preview and GET /api/auth/options: what the web UI's editor and sign-in read.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScorePreviewTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_claim_above_the_rule_is_reported_with_both_figures_and_nothing_is_stored()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var sample = Forms.Sample();
        var first = sample.Indicators[0];
        var form = sample with
        {
            Indicators = [first with { Actual = "4000.00(人)", ClaimedScore = first.Weight }, .. sample.Indicators.Skip(1)],
        };

        var response = await unit.PostAsJsonAsync("/api/evaluations/score-preview", form, Forms.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = await response.Content.ReadFromJsonAsync<JsonElement>();
        var finding = card.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("path").GetString() == "indicators[0].claimedScore");
        Assert.Equal("CLAIM_ABOVE_RULE", finding.GetProperty("code").GetString());
        Assert.Equal(first.Weight, finding.GetProperty("claimed").GetDecimal());
        Assert.True(finding.GetProperty("computed").GetDecimal() < first.Weight);
        var mine = await unit.GetFromJsonAsync<Paged>("/api/evaluations", Forms.Json);
        Assert.Equal(0, mine!.Total);
    }

    [Fact]
    public async Task An_incomplete_form_gets_a_validation_problem()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var form = Forms.Sample() with { Indicators = [] };

        var response = await unit.PostAsJsonAsync("/api/evaluations/score-preview", form, Forms.Json);

        await ProblemAssert.IsProblem(response, "an empty indicator table", 400);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Sign_in_options_are_readable_without_a_token_and_say_dev_tokens_are_on()
    {
        var anonymous = platform.AnonymousClient();

        var options = await anonymous.GetFromJsonAsync<JsonElement>("/api/auth/options");

        Assert.True(options.GetProperty("devTokens").GetBoolean());
        Assert.Equal("perfeval-api", options.GetProperty("audience").GetString());
        Assert.Equal("openid profile offline_access", options.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Unknown_api_paths_are_not_answered_by_the_web_UI()
    {
        var anonymous = platform.AnonymousClient();
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/no-such-thing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync("/api/no-such-thing")).StatusCode);
        var client = await anonymous.GetAsync("/unit/forms");
        Assert.NotEqual(HttpStatusCode.Unauthorized, client.StatusCode);
        Assert.StartsWith("text/html", client.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/assets/index-missing.js")).StatusCode);
    }

    private sealed record Paged(int Total);
}
