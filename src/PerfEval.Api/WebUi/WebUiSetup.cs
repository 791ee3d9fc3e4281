using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace PerfEval.Api.WebUi;

/// <summary>
/// Serves the web UI (src/PerfEval.Web, built into wwwroot by npm) as static files, and index.html for the client's
/// routes. Files and client routes are anonymous: they hold no data, every figure comes through the authorized API.
/// Paths of the server's own (api, public/api, health, hangfire, openapi, docs) never fall back to the UI.
/// </summary>
public static class WebUiSetup
{
    private static readonly string[] ServerPrefixes = ["/api", "/public/api", "/health", "/hangfire", "/openapi", "/docs"];

    /// <summary>
    /// Before authentication and authorization, so the fallback "authenticated" policy does not apply to the UI's
    /// files. The client-route fallback is middleware rather than a fallback endpoint: a catch-all endpoint would take
    /// part in endpoint selection and turn the API's 405 and 415 answers into 404s.
    /// </summary>
    public static WebApplication UseWebUi(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        app.UsePrecompressedAssets(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new PrecompressedAssets.ContentTypes(),
            OnPrepareResponse = ctx =>
            {
                // Vite names bundles by content hash, so they never change; index.html must always be fresh.
                ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                    ctx.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
        app.Use((http, next) =>
        {
            if (http.GetEndpoint() is not null)
            {
                return next(http);
            }

            if (IsClientRoute(http.Request))
            {
                return ServeIndexAsync(http, files);
            }

            // A bundle file that does not exist (an old hash after a deploy): not found, rather than "sign in".
            if (http.Request.Path.StartsWithSegments("/assets"))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(http);
        });
        return app;
    }

    /// <summary>A GET of a path that is not the server's own and names no file (no dot in its last segment).</summary>
    public static bool IsClientRoute(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        var path = request.Path;
        if (ServerPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var value = path.Value ?? "/";
        return !value[(value.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
    }

    private static async Task ServeIndexAsync(HttpContext http, IFileProvider files)
    {
        var index = files.GetFileInfo("index.html");
        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        http.Response.ContentType = "text/html; charset=utf-8";
        if (!index.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await http.Response.WriteAsync(
                "<!doctype html><meta charset=\"utf-8\"><title>PerfEval Platform</title>" +
                "<p>网页界面尚未构建。The web UI is not built: run <code>npm ci &amp;&amp; npm run build</code> in " +
                "src/PerfEval.Web (deploy/local/run.sh does it), then restart. The API is up: <a href=\"/docs\">/docs</a>.</p>",
                http.RequestAborted);
            return;
        }

        await http.Response.SendFileAsync(index, http.RequestAborted);
    }
}
