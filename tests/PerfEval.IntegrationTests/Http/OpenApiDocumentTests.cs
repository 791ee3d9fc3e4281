using System.Text.Json;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Http;

/// <summary>
/// The OpenAPI document a client is generated from: every operation lists its success answer with its body and the
/// problems it can answer. That every answer the tests see is listed is checked on each request
/// (<see cref="DocumentedAnswersHandler"/>).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformFixture platform)
{
    [Fact]
    public async Task Every_operation_lists_a_success_answer_and_its_problems()
    {
        using var document = JsonDocument.Parse(await platform.AnonymousClient().GetStringAsync("/openapi/v1.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", op.Value)))
            .ToList();

        Assert.True(operations.Count >= 30, $"only {operations.Count} operations documented");
        Assert.All(operations, op =>
        {
            var statuses = op.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.True(statuses.Any(s => s.StartsWith('2')), $"{op.Name} lists no success answer");
            Assert.True(statuses.Any(s => s.StartsWith('4') || s.StartsWith('5')), $"{op.Name} lists no problem");
        });
    }

    [Theory]
    [InlineData("post", "/api/evaluations", "201")]
    [InlineData("get", "/api/evaluations/{id}", "200")]
    [InlineData("post", "/api/evaluations/{id}/submit", "200")]
    [InlineData("get", "/api/review-tasks", "200")]
    [InlineData("post", "/api/reports", "202")]
    public async Task Success_answers_describe_their_body(string method, string path, string status)
    {
        using var document = JsonDocument.Parse(await platform.AnonymousClient().GetStringAsync("/openapi/v1.json"));
        var answer = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method)
            .GetProperty("responses").GetProperty(status);

        Assert.True(answer.GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _));
    }

    [Fact]
    public async Task The_forms_list_is_documented_as_pages_of_summaries()
    {
        using var document = JsonDocument.Parse(await platform.AnonymousClient().GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var page = document.RootElement.GetProperty("paths").GetProperty("/api/evaluations").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString()!;
        var items = schemas.GetProperty(page.Split('/')[^1]).GetProperty("properties").GetProperty("items")
            .GetProperty("items").GetProperty("$ref").GetString()!;
        var item = schemas.GetProperty(items.Split('/')[^1]).GetProperty("properties");

        Assert.EndsWith("/EvaluationSummary", items);
        Assert.True(item.TryGetProperty("projectName", out _));
        Assert.True(item.TryGetProperty("finalGrade", out _));
        Assert.False(item.TryGetProperty("form", out _));
    }

    [Fact]
    public async Task A_command_on_a_form_lists_its_refusals_and_the_idempotency_answers()
    {
        using var document = JsonDocument.Parse(await platform.AnonymousClient().GetStringAsync("/openapi/v1.json"));
        var statuses = document.RootElement.GetProperty("paths").GetProperty("/api/evaluations/{id}/review/approve")
            .GetProperty("post").GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "200", "400", "401", "403", "404", "409", "412", "422", "503" }, statuses);
        Assert.Equal("application/problem+json", document.RootElement.GetProperty("paths")
            .GetProperty("/api/evaluations/{id}/review/approve").GetProperty("post").GetProperty("responses")
            .GetProperty("412").GetProperty("content").EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task An_answer_the_document_does_not_list_is_named_with_its_operation()
    {
        var answers = await DocumentedAnswers.LoadAsync(platform.AnonymousClient());
        var submit = $"/api/evaluations/{Guid.NewGuid()}/submit";

        Assert.Null(answers.Undocumented(HttpMethod.Post, submit, 412));
        Assert.Equal(
            "POST /api/evaluations/{id}/submit answered 418, which its OpenAPI document does not list " +
            "(it lists 200, 400, 401, 403, 404, 409, 412, 413, 422, 503).",
            answers.Undocumented(HttpMethod.Post, submit, 418));
        Assert.Null(answers.Undocumented(HttpMethod.Get, "/health/ready", 418));
    }
}
