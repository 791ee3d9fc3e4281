namespace PerfEval.IntegrationTests.BadInput;

/// <summary>
/// A malformed request line or header, for every write endpoint including those that read no body: <c>Applies</c>
/// says which endpoints it concerns, <c>Change</c> edits the otherwise valid request.
/// </summary>
public sealed record MalformedHeader(string Name, Func<WriteEndpoint, bool> Applies, Action<HttpRequestMessage> Change, int Status);

public static class MalformedHeaders
{
    public static readonly MalformedHeader[] All =
    [
        new("If-Match not one of our ETags", e => e.ReadsIfMatch, r => r.Headers.TryAddWithoutValidation("If-Match", "\"'; DROP TABLE mt_events;--\""), 412),
        new("If-Match a weak ETag", e => e.ReadsIfMatch, r => r.Headers.TryAddWithoutValidation("If-Match", "W/\"1\""), 412),
        new("If-Match a version beyond long", e => e.ReadsIfMatch, r => r.Headers.TryAddWithoutValidation("If-Match", "\"99999999999999999999999\""), 412),
        new("Idempotency-Key too long", e => e.TakesIdempotencyKey, r => r.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 5_000)), 400),
        new("Idempotency-Key with spaces and markup", e => e.TakesIdempotencyKey, r => r.Headers.TryAddWithoutValidation("Idempotency-Key", "<script> x </script>"), 400),
        new("route id with an SQL fragment", e => e.Route.Contains("{id", StringComparison.Ordinal) || e.Route.Contains("{taskId", StringComparison.Ordinal) || e.Route.Contains("{year", StringComparison.Ordinal),
            r => r.RequestUri = new Uri(ReplaceRouteValue(r.RequestUri!.OriginalString, "1%27%3B%20DROP%20TABLE%20mt_events%3B--"), UriKind.Relative), 404),
        new("route id with a script tag", e => e.Route.Contains("{id", StringComparison.Ordinal) || e.Route.Contains("{taskId", StringComparison.Ordinal) || e.Route.Contains("{year", StringComparison.Ordinal),
            r => r.RequestUri = new Uri(ReplaceRouteValue(r.RequestUri!.OriginalString, "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), UriKind.Relative), 404),
        new("oversized body", e => e.ValidBody is null && !TakesUploads(e), r => r.Content = OversizedBody(), 413),
    ];

    /// <summary>An upload endpoint's body may be larger than a JSON request's (the corpus of uploads covers it).</summary>
    private static bool TakesUploads(WriteEndpoint e) =>
        e.Route.EndsWith("/import", StringComparison.Ordinal) || e.Route.EndsWith("/evidence", StringComparison.Ordinal);

    /// <summary>The route's id (a guid, or the calendar's year; else the last segment, a directory entry's id) replaced by the given text.</summary>
    private static string ReplaceRouteValue(string path, string value)
    {
        var segments = path.Split('/');
        var index = Array.FindIndex(segments, s => Guid.TryParse(s, out _) || (s.Length == 4 && int.TryParse(s, out _)));
        index = index < 0 ? segments.Length - 1 : index;
        segments[index] = value;
        return string.Join('/', segments);
    }

    private static HttpContent OversizedBody()
    {
        var content = new ByteArrayContent(new byte[MalformedBodies.MaxRequestBytes + 1]);
        content.Headers.ContentType = new("application/octet-stream");
        return content;
    }
}
