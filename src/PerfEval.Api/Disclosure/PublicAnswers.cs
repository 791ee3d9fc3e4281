using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PerfEval.Api.Disclosure;

/// <summary>
/// How the public site answers: JSON without the members a setting withholds (nulls left out), every answer with a
/// strong ETag of its bytes and <c>Cache-Control: public, max-age</c>, and 304 for a matching If-None-Match.
/// </summary>
public sealed class PublicAnswers(IOptions<JsonOptions> json, PublicSiteOptions options)
{
    private readonly JsonSerializerOptions _json = new(json.Value.SerializerOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IResult Json(HttpContext http, object value) =>
        Bytes(http, JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), _json), "application/json; charset=utf-8", null);

    public IResult File(HttpContext http, byte[] content, string contentType, string fileName) =>
        Bytes(http, content, contentType, fileName);

    private IResult Bytes(HttpContext http, byte[] content, string contentType, string? fileName)
    {
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = $"public, max-age={options.CacheSeconds}";
        headers.XContentTypeOptions = "nosniff";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return fileName is null
            ? Results.Bytes(content, contentType)
            : Results.File(content, contentType, fileName);
    }
}
