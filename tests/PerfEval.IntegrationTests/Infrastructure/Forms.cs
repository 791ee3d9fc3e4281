using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.IntegrationTests.Infrastructure;

public static class Forms
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The first seed form (灵活就业工作经费) as the API's JSON.</summary>
    public static EvaluationForm Sample() =>
        JsonSerializer.Deserialize<EvaluationForm>(File.ReadAllText(Path.Combine("TestData", "form.json")), Json)!;

    public static async Task<(Evaluation Evaluation, string ETag)> CreateDraft(HttpClient unit, EvaluationForm? form = null)
    {
        var response = await unit.PostAsJsonAsync("/api/evaluations", form ?? Sample(), Json);
        response.EnsureSuccessStatusCode();
        return (await Read<Evaluation>(response), response.Headers.ETag!.ToString());
    }

    public static async Task<T> Read<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Json))!;

    public static HttpRequestMessage Post(string path, string? ifMatch = null, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return request;
    }
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
