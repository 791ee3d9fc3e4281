using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PerfEval.Api.WebUi;

/// <summary>
/// The web UI's build writes a Brotli (.br) and a gzip (.gz) copy beside each script and style sheet
/// (src/PerfEval.Web/vite.config.ts). A request for /assets/x.js from a browser that accepts one of them is answered
/// with the copy, its Content-Encoding and the script's own content type; a file without copies is left to the
/// response compression (Hosting/CompressionSetup.cs), which skips answers that already have a Content-Encoding.
/// </summary>
public static class PrecompressedAssets
{
    private static readonly (string Encoding, string Extension)[] Encodings = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The content types of the static files, a copy's being that of the file it copies.</summary>
    public sealed class ContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _inner = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, extension) in Encodings)
            {
                if (subpath.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    return _inner.TryGetContentType(subpath[..^extension.Length], out contentType!);
                }
            }

            return _inner.TryGetContentType(subpath, out contentType!);
        }
    }

    /// <summary>Before the static files: points a GET of an asset at its compressed copy when the client accepts it.</summary>
    public static WebApplication UsePrecompressedAssets(this WebApplication app, IFileProvider files)
    {
        app.Use((http, next) =>
        {
            var request = http.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && request.Path.StartsWithSegments("/assets")
                && request.Path.Value is { } path
                && !Encodings.Any(e => path.EndsWith(e.Extension, StringComparison.OrdinalIgnoreCase)))
            {
                http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                var accepted = Accepted(request.Headers.AcceptEncoding);
                foreach (var (encoding, extension) in Encodings)
                {
                    if (accepted.Contains(encoding) && files.GetFileInfo(path + extension).Exists)
                    {
                        request.Path = path + extension;
                        http.Response.Headers.ContentEncoding = encoding;
                        break;
                    }
                }
            }

            return next(http);
        });
        return app;
    }

    /// <summary>The encodings an Accept-Encoding header accepts (any quality above 0).</summary>
    public static HashSet<string> Accepted(StringValues header)
    {
        var accepted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (StringWithQualityHeaderValue.TryParseList(header, out var values))
        {
            foreach (var value in values)
            {
                if (value.Quality is not 0)
                {
                    accepted.Add(value.Value.ToString());
                }
            }
        }

        return accepted;
    }
}
