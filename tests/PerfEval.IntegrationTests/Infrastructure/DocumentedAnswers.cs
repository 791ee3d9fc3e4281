using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>
/// The answers the platform's OpenAPI document lists for each operation (<c>/openapi/v1.json</c>), read once per test
/// host. Every test client checks each answer against it (<see cref="DocumentedAnswersHandler"/>): an operation that
/// answers a status its document does not list fails the test that saw it.
/// </summary>
public sealed class DocumentedAnswers
{
    private readonly IReadOnlyList<Operation> _operations;

    private DocumentedAnswers(IReadOnlyList<Operation> operations) => _operations = operations;

    public int Count => _operations.Count;

    public static async Task<DocumentedAnswers> LoadAsync(HttpClient anonymous)
    {
        using var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var literals = path.Name.Split('/').Count(s => s.Length > 0 && !s.StartsWith('{'));
            foreach (var operation in path.Value.EnumerateObject())
            {
                var statuses = operation.Value.TryGetProperty("responses", out var responses)
                    ? responses.EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.Ordinal)
                    : [];
                operations.Add(new Operation(
                    operation.Name.ToUpperInvariant(), path.Name, PatternOf(path.Name, operation.Value), literals, statuses));
            }
        }

        return new DocumentedAnswers(operations);
    }

    /// <summary>
    /// The path as a pattern: a parameter matches what its route constraint lets through (a GUID, an integer), so a
    /// path the router refused (404 before any operation) is not taken for the operation's.
    /// </summary>
    private static Regex PatternOf(string path, JsonElement operation)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
            {
                var schema = parameter.GetProperty("schema");
                kinds[parameter.GetProperty("name").GetString()!] =
                    schema.TryGetProperty("format", out var format) && format.GetString() == "uuid" ? @"[0-9a-fA-F-]{36}"
                    : schema.TryGetProperty("type", out var type) && type.ToString().Contains("integer", StringComparison.Ordinal) ? @"-?[0-9]+"
                    : "[^/]+";
            }
        }

        var segments = path.Split('/').Select(segment => segment.StartsWith('{')
            ? kinds.GetValueOrDefault(segment.Trim('{', '}'), "[^/]+")
            : Regex.Escape(segment));
        return new Regex("^" + string.Join("/", segments) + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>Why an answer is not documented, or null when it is (or when no operation of the document matches).</summary>
    public string? Undocumented(HttpMethod method, string path, int status)
    {
        var operation = _operations
            .Where(o => o.Method == method.Method && o.Pattern.IsMatch(path))
            .OrderByDescending(o => o.Literals)
            .FirstOrDefault();
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return operation is null || operation.Statuses.Contains(code)
            ? null
            : $"{operation.Method} {operation.Path} answered {code}, which its OpenAPI document does not list " +
              $"(it lists {string.Join(", ", operation.Statuses.Order(StringComparer.Ordinal))}).";
    }

    private sealed record Operation(string Method, string Path, Regex Pattern, int Literals, HashSet<string> Statuses);
}

/// <summary>Fails a request whose answer its operation's OpenAPI document does not list.</summary>
public sealed class DocumentedAnswersHandler(DocumentedAnswers answers) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (answers.Undocumented(request.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode) is { } problem)
        {
            throw new UndocumentedAnswerException(problem);
        }

        return response;
    }
}

public sealed class UndocumentedAnswerException(string message) : Exception(message);
