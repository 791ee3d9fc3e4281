using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Http.Metadata;
using PerfEval.Api.Auth;

namespace PerfEval.Api.Http;

/// <summary>
/// Honours the Idempotency-Key header on the writes it is attached to: the first request with a key runs and its
/// answer is stored; a repeat of the key by the same user, on the same path, gets that answer again and appends no
/// second event. A repeat while the first is still running is 409; a first answer of 5xx is not kept, so the
/// client may retry. The key stands for one request: a repeat whose body differs from the first one's (compared as
/// the bound request object, so formatting and property order do not count) is refused with 422.
/// </summary>
public sealed partial class IdempotencyFilter(IDocumentStore store, TimeProvider clock) : IEndpointFilter
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
            return Problems.Validation(new Dictionary<string, string[]>
            {
                [Header] = ["1 to 100 visible ASCII characters."],
            });
        }

        var userId = http.User.ToActor().Id;
        var id = RecordId(userId, http.Request.Method, http.Request.Path, key);
        var fingerprint = RequestFingerprint(context);
        var ct = http.RequestAborted;

        // Reserving first answers a new key (the usual case) in one round trip; a repeat finds the key taken and
        // replays what is stored under it.
        if (!await TryReserveAsync(id, userId, fingerprint, ct))
        {
            await using var query = store.QuerySession();
            return Replay((await query.LoadAsync<IdempotencyRecord>(id, ct))!, fingerprint);
        }

        var result = await next(context);
        return await CaptureAsync(http, id, userId, fingerprint, result);
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

    private async Task<bool> TryReserveAsync(string id, string userId, string fingerprint, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Insert(new IdempotencyRecord
        {
            Id = id, UserId = userId, CreatedAt = clock.GetUtcNow(), RequestFingerprint = fingerprint,
        });
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    /// <summary>Runs the endpoint's result into a buffer, keeps it, then sends it.</summary>
    private async Task<object?> CaptureAsync(
        HttpContext http, string id, string userId, string fingerprint, object? result)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            if (result is IResult executable)
            {
                await executable.ExecuteAsync(http);
            }
        }
        finally
        {
            http.Response.Body = original;
        }

        await using var session = store.LightweightSession();
        if (http.Response.StatusCode >= 500)
        {
            session.Delete<IdempotencyRecord>(id);
        }
        else
        {
            session.Store(new IdempotencyRecord
            {
                Id = id,
                UserId = userId,
                CreatedAt = clock.GetUtcNow(),
                RequestFingerprint = fingerprint,
                Completed = true,
                StatusCode = http.Response.StatusCode,
                ContentType = http.Response.ContentType,
                Body = Encoding.UTF8.GetString(buffer.ToArray()),
                ETag = http.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null,
                Location = http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            });
        }

        await session.SaveChangesAsync(CancellationToken.None);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
        return Results.Empty;
    }

    private static IResult Replay(IdempotencyRecord record, string fingerprint)
    {
        if (record.RequestFingerprint is { } first && first != fingerprint)
        {
            return Problems.Create(StatusCodes.Status422UnprocessableEntity, KeyReusedCode,
                "This Idempotency-Key was used for a request with a different body. Use a new key for a new request.",
                "该幂等键已用于内容不同的请求，新的请求请使用新的幂等键。");
        }

        if (!record.Completed)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "idempotency.in_progress",
                "A request with this Idempotency-Key is still being processed. Retry shortly.",
                "使用该幂等键的请求仍在处理中，请稍后重试。");
        }

        return new ReplayedResult(record);
    }

    private static string RecordId(string userId, string method, string path, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{method}\n{path}\n{key}"));
        return Convert.ToHexString(hash);
    }

    [GeneratedRegex(@"^[\x21-\x7E]{1,100}$")]
    private static partial Regex ValidKey();

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
        where TBuilder : IEndpointConventionBuilder => builder.AddEndpointFilter<TBuilder, IdempotencyFilter>();
}
