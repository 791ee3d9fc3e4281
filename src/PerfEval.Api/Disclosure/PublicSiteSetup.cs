using System.Globalization;
using System.Threading.RateLimiting;
using PerfEval.Api.Http;
using PerfEval.Platform.Disclosure;

namespace PerfEval.Api.Disclosure;

/// <summary>
/// The public site's settings (section <c>PublicSite</c>): how many requests one client address may make in a window,
/// and how long browsers and proxies may keep an answer.
/// </summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>Requests one client address may make to the public routes per window.</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary>The window of <see cref="PermitLimit"/>, in seconds (a fixed window).</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Cache-Control max-age of the public answers, in seconds.</summary>
    public int CacheSeconds { get; set; } = 300;
}

public static class PublicSiteSetup
{
    public const string RateLimitPolicy = "public-site";

    /// <summary>
    /// The public site's settings, the settings document, and ASP.NET Core's rate limiter with one policy: a fixed
    /// window per client address (behind a reverse proxy, the forwarded-headers middleware must set that address).
    /// A refused request gets 429 with Retry-After and a problem in both languages.
    /// </summary>
    public static void AddPublicSite(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PublicSiteOptions.Section).Get<PublicSiteOptions>() ?? new PublicSiteOptions();
        if (options.PermitLimit < 1 || options.WindowSeconds < 1 || options.CacheSeconds < 0)
        {
            throw new InvalidOperationException(
                "PublicSite:PermitLimit and PublicSite:WindowSeconds must be at least 1, PublicSite:CacheSeconds at least 0.");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<PublicAnswers>();
        builder.Services.AddDisclosure();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : options.WindowSeconds;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Problems.Create(
                        StatusCodes.Status429TooManyRequests, "public.rate_limited",
                        $"Too many requests; try again in {retryAfter} s.", $"请求过于频繁，请 {retryAfter} 秒后再试。")
                    .ExecuteAsync(context.HttpContext);
            };
        });
    }
}
