using Microsoft.Net.Http.Headers;

namespace PerfEval.Api.Http;

/// <summary>A form's ETag is its stream version, quoted: <c>"7"</c>.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>
    /// The version an If-Match header expects: null when absent; false when present but not one of our ETags
    /// (which can never match, so the write is refused as stale).
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? expected)
    {
        expected = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) || tag.IsWeak ||
            !long.TryParse(tag.Tag.ToString().Trim('"'), out var version))
        {
            return false;
        }

        expected = version;
        return true;
    }

    public static void Set(HttpResponse response, long version) => response.Headers.ETag = For(version);
}
