using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PerfEval.LoadDriver;

/// <summary>
/// The platform's HTTP API as the simulated users call it. One pooled handler for every user: connections are many
/// (one per concurrent request) so that the client is never the queue being measured.
/// </summary>
public sealed class LoadClient : IDisposable
{
    private readonly HttpClient _http;

    public LoadClient(Uri baseUrl)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 2_000,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<string> TokenAsync(object claims, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/api/auth/dev-token", claims, ct);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(ct));
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Sends a request and reads the whole answer; returns the status, the body and when it was complete.</summary>
    public async Task<Answer> SendAsync(HttpMethod method, string path, string token, HttpContent? content,
        CancellationToken ct, Action<HttpRequestHeaders>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        headers?.Invoke(request.Headers);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return new Answer(response.StatusCode, body, Stopwatch.GetTimestamp());
    }

    public void Dispose() => _http.Dispose();
}

public sealed record Answer(HttpStatusCode Status, byte[] Body, long ReceivedAt)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public JsonElement Json() => JsonDocument.Parse(Body).RootElement;
}
