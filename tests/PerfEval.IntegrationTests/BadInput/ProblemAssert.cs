using System.Globalization;
using System.Text.Json;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>What every refusal of bad input must be: a 4xx RFC 7807 problem with a stable code.</summary>
public static class ProblemAssert
{
    public static async Task IsProblem(HttpResponseMessage response, string what, int? status = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        var code = (int)response.StatusCode;
        Assert.True(status is null ? code is >= 400 and < 500 and not 401 and not 403 : code == status,
            $"{what}: expected {status?.ToString(CultureInfo.InvariantCulture) ?? "4xx"}, got {code} {Truncate(body)}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{what}: expected application/problem+json, got '{response.Content.Headers.ContentType}' {Truncate(body)}");
        using var problem = JsonDocument.Parse(body);
        Assert.True(problem.RootElement.TryGetProperty("code", out var c) && c.GetString() is { Length: > 0 },
            $"{what}: the problem has no code: {Truncate(body)}");
        Assert.Equal(code, problem.RootElement.GetProperty("status").GetInt32());
    }

    private static string Truncate(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
