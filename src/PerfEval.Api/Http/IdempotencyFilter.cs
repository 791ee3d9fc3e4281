using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using PerfEval.Api.Auth;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Http;

/// <summary>
/// Honours the Idempotency-Key header on the commands it is attached to: the first request with a key runs, and its
/// answer is kept in the same transaction as the events it appended (<see cref="IdempotentWrite"/>); a repeat of the
/// key by the same user, on the same path, gets that answer again and appends nothing. The key stands for one
/// request: a repeat whose body differs from the first one's (compared as the bound request object, so formatting and
/// property order do not count) is refused with 422.
/// </summary>
/// <remarks>
/// Only a request that changed something has an answer to keep. One that was refused (or found nothing to do) changed
/// nothing, so its repeat is decided again, as a request without a key would be. Two requests with the same key at
/// the same moment both run; the one that commits second fails as a whole and answers with the first one's answer,
/// with or without If-Match (<see cref="EvaluationCommands"/>).
/// </remarks>
public sealed partial class IdempotencyFilter(TimeProvider clock, IOptions<JsonOptions> json)
    : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string KeyReusedCode = "idempotency.key_reused";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            return await next(context);
        }

        if (!ValidKey().IsMatch(key))
        {
            return Problems.Invalid(
                Header, "应为1到100个可见的 ASCII 字符（字母、数字或符号）。", "must be 1 to 100 visible ASCII characters.");
        }

        var userId = http.User.ToActor().Id;
        var request = new IdempotentRequest(
            RecordId(userId, http.Request.Method, http.Request.Path, key), userId, RequestFingerprint(context), clock,
            json.Value.SerializerOptions);
        http.Features.Set(request);
        return await next(context);
    }

    /// <summary>
    /// SHA-256 of the request body as the endpoint bound it (its declared body type, serialized again), or of nothing
    /// for an endpoint without a body.
    /// </summary>
    private static string RequestFingerprint(EndpointFilterInvocationContext context)
    {
        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(a => a is not null && a.GetType() == bodyType);
        var json = body is null ? "" : JsonSerializer.Serialize(body, bodyType!, FingerprintJson);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    private static readonly JsonSerializerOptions FingerprintJson = new(JsonSerializerDefaults.Web);

    private static string RecordId(string userId, string method, string path, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{method}\n{path}\n{key}"));
        return Convert.ToHexString(hash);
    }

    [GeneratedRegex(@"^[\x21-\x7E]{1,100}$")]
    private static partial Regex ValidKey();
}

/// <summary>
/// The Idempotency-Key of the request being handled, as the command and its answer see it (an HTTP feature set by
/// <see cref="IdempotencyFilter"/>): how its record is made from the form's state, and how a stored record answers.
/// </summary>
public sealed class IdempotentRequest(
    string recordId, string userId, string fingerprint, TimeProvider clock, JsonSerializerOptions json)
{
    public string RecordId => recordId;

    /// <summary>What the command stores with its events: the answer it gives, 200 with the form's state and ETag.</summary>
    public IdempotentWrite Write => new(recordId, after => new IdempotencyRecord
    {
        Id = recordId,
        UserId = userId,
        CreatedAt = clock.GetUtcNow(),
        RequestFingerprint = fingerprint,
        StatusCode = StatusCodes.Status200OK,
        ContentType = "application/json; charset=utf-8",
        Body = JsonSerializer.Serialize(after, after.GetType(), json),
        ETag = ETags.For(after.Version),
    });

    public static IdempotentRequest? Of(HttpContext http) => http.Features.Get<IdempotentRequest>();

    public IResult Replay(IdempotencyRecord first)
    {
        if (first.RequestFingerprint is { } firstFingerprint && firstFingerprint != fingerprint)
        {
            return Problems.Create(StatusCodes.Status422UnprocessableEntity, IdempotencyFilter.KeyReusedCode,
                "This Idempotency-Key was used for a request with a different body. Use a new key for a new request.",
                "该幂等键已用于内容不同的请求，新的请求请使用新的幂等键。");
        }

        if (first.StatusCode == 0)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "idempotency.in_progress",
                "A request with this Idempotency-Key is still being processed. Retry shortly.",
                "使用该幂等键的请求仍在处理中，请稍后重试。");
        }

        return new ReplayedResult(first);
    }

    private sealed class ReplayedResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = record.StatusCode;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            if (record.ETag is not null)
            {
                http.Response.Headers.ETag = record.ETag;
            }

            if (record.Location is not null)
            {
                http.Response.Headers.Location = record.Location;
            }

            if (record.Body is { Length: > 0 } body)
            {
                http.Response.ContentType = record.ContentType ?? "application/json";
                await http.Response.WriteAsync(body, http.RequestAborted);
            }
        }
    }
}

public static class IdempotencyExtensions
{
    public static TBuilder WithIdempotencyKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, IdempotencyFilter>().WithMetadata(new IdempotencyKeyMetadata());
}
