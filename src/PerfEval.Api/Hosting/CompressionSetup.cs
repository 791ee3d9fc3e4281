using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace PerfEval.Api.Hosting;

/// <summary>The Compression settings section.</summary>
public sealed class CompressionOptions
{
    public const string Section = "Compression";

    /// <summary>Compress the API's answers and the web UI's files (Brotli or gzip, as the client accepts). On by default.</summary>
    public bool Enabled { get; init; } = true;
}

/// <summary>
/// Response compression: JSON (problems too), HTML, scripts and style sheets in Brotli or gzip, whichever the client
/// prefers, at the fastest level (an answer is compressed on every request). The web UI's built files come
/// precompressed from the build and are sent as they are (WebUi/PrecompressedAssets.cs); files that are already
/// compressed (xlsx, docx, zip, pdf) are not in the list. Over HTTPS too, except the sign-in answers, which carry a
/// token beside text of the caller's (a compressed length must not tell anything about a secret).
/// </summary>
public static class CompressionSetup
{
    public static WebApplicationBuilder AddCompression(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CompressionOptions.Section).Get<CompressionOptions>() ?? new CompressionOptions();
        builder.Services.AddSingleton(options);
        if (!options.Enabled)
        {
            return builder;
        }

        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseCompression(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<CompressionOptions>().Enabled)
        {
            return app;
        }

        app.UseResponseCompression();
        // After the middleware, which offers the feature.
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api/auth") && http.Features.Get<IHttpsCompressionFeature>() is { } https)
            {
                https.Mode = HttpsCompressionMode.DoNotCompress;
            }

            return next(http);
        });
        return app;
    }
}
