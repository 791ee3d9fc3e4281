using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.BadInput;

/// <summary>
/// A malformed JSON body made from an endpoint's valid one; <c>Make</c> returns null where the malformation does not
/// apply (a body without strings has no string to make huge). <c>Status</c> is the one status expected, when only one
/// is right; otherwise any 4xx.
/// </summary>
public sealed record MalformedBody(string Name, Func<JsonNode, HttpContent?> Make, int? Status = null);

/// <summary>The corpus of malformed JSON bodies, run against every write endpoint that reads one.</summary>
public static class MalformedBodies
{
    /// <summary>The API's default Limits:MaxRequestBytes; the corpus sends one byte more.</summary>
    public const int MaxRequestBytes = 10 * 1024 * 1024;

    private const string LoneSurrogateMarker = "LONE-SURROGATE";

    private const string InvalidUtf8Marker = "\u2603INVALID\u2603";

    public static readonly MalformedBody[] All =
    [
        new("truncated", v => Json(v.ToJsonString()[..(v.ToJsonString().Length / 2)])),
        new("empty", _ => Json("")),
        new("array instead of object", _ => Json("[1,2,3]")),
        new("bare string", _ => Json("\"form\"")),
        new("wrong types", v => Changed(v, Map(v, s => JsonValue.Create(12345), n => JsonValue.Create("twelve"), a => JsonValue.Create("list")))),
        new("huge strings", v => Changed(v, Map(v, _ => JsonValue.Create(new string('长', 100_000)), null, null))),
        new("huge number", v => Changed(v, Map(v, null, _ => JsonNode.Parse(new string('9', 100_000)), null))),
        new("control characters", v => Changed(v, Map(v, s => JsonValue.Create(s + "\u0000\u0001\u001b\u007f"), null, null))),
        new("lone surrogate", v => Changed(v, Map(v, s => JsonValue.Create(s + LoneSurrogateMarker), null, null), raw => raw.Replace(LoneSurrogateMarker, "\\uD800"))),
        new("invalid UTF-8", v => InvalidUtf8(v)),
        new("deeply nested", _ => Json(new string('[', 10_000) + new string(']', 10_000))),
        new("deeply nested inside a valid body", v => Json(v.ToJsonString()[..^1] + ",\"extra\":" + new string('[', 200) + new string(']', 200) + "}")),
        new("binary garbage", _ => Garbage("application/json")),
        new("text/plain content type", v => Typed(v.ToJsonString(), "text/plain"), 415),
        new("XML content type", _ => Typed("<form><header/></form>", "application/xml"), 415),
        new("no content type", v => Untyped(v.ToJsonString()), 415),
        new("oversized", _ => Oversized(), 413),
    ];

    public static HttpContent Json(string text) => Typed(text, "application/json");

    private static HttpContent Typed(string text, string mediaType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }

    private static HttpContent Untyped(string text) => new ByteArrayContent(Encoding.UTF8.GetBytes(text));

    public static HttpContent Garbage(string mediaType, int length = 4096)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        return content;
    }

    private static readonly Lazy<byte[]> OversizedBody = new(() =>
    {
        var bytes = new byte[MaxRequestBytes + 1];
        Array.Fill(bytes, (byte)' ');
        "{\"pad\":\""u8.CopyTo(bytes);
        "\"}"u8.CopyTo(bytes.AsSpan(bytes.Length - 2));
        return bytes;
    });

    private static HttpContent Oversized()
    {
        var content = new ByteArrayContent(OversizedBody.Value);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static HttpContent? InvalidUtf8(JsonNode valid)
    {
        var marked = Map(valid, _ => JsonValue.Create(InvalidUtf8Marker), null, null);
        if (JsonNode.DeepEquals(marked, valid))
        {
            return null;
        }

        var text = marked.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var bytes = Encoding.UTF8.GetBytes(text);
        var marker = Encoding.UTF8.GetBytes(InvalidUtf8Marker);
        var broken = new List<byte>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes.AsSpan(i).StartsWith(marker))
            {
                // An overlong encoding, a stray continuation byte and a truncated sequence.
                broken.AddRange([0xC0, 0xAF, 0x80, 0xE6, 0x88]);
                i += marker.Length - 1;
            }
            else
            {
                broken.Add(bytes[i]);
            }
        }

        var content = new ByteArrayContent(broken.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static HttpContent? Changed(JsonNode valid, JsonNode changed, Func<string, string>? rewrite = null) =>
        JsonNode.DeepEquals(valid, changed) ? null : Json(rewrite is null ? changed.ToJsonString() : rewrite(changed.ToJsonString()));

    /// <summary>A copy of the body with every string, number and array replaced as asked (null: kept).</summary>
    private static JsonNode Map(JsonNode node, Func<string, JsonNode?>? onString, Func<JsonNode, JsonNode?>? onNumber, Func<JsonArray, JsonNode?>? onArray)
    {
        switch (node)
        {
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    copy[key] = value is null ? null : Map(value, onString, onNumber, onArray);
                }

                return copy;
            case JsonArray a when onArray is not null:
                return onArray(a)!;
            case JsonArray a:
                return new JsonArray(a.Select(i => i is null ? null : Map(i, onString, onNumber, onArray)).ToArray());
            case JsonValue v when v.GetValueKind() == JsonValueKind.String && onString is not null:
                return onString(v.GetValue<string>())!;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number && onNumber is not null:
                return onNumber(v)!;
            default:
                return node.DeepClone();
        }
    }

    public static JsonNode ValidNode(object body) => JsonSerializer.SerializeToNode(body, body.GetType(), Forms.Json)!;
}
