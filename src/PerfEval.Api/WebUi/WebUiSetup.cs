using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace PerfEval.Api.WebUi;

/// <summary>
/// Serves the web UI (src/PerfEval.Web, built into wwwroot by npm) as static files, and index.html for the client's
/// routes. Files and client routes are anonymous: they hold no data, every figure comes through the authorized API.
/// Paths of the server's own (api, health, hangfire, openapi, docs) never fall back to the UI.
/// </summary>
public static class WebUiSetup
{
    public const string ConstraintName = "clientroute";

    public static IServiceCollection AddWebUi(this IServiceCollection services) =>
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<ClientRouteConstraint>(ConstraintName));

    /// <summary>Before authorization, so the fallback "authenticated" policy does not apply to the UI's files.</summary>
    public static WebApplication UseWebUiFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                // Vite names bundles by content hash, so they never change; index.html must always be fresh.
                ctx.Context.Response.Headers[HeaderNames.CacheControl] =
                    ctx.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
        return app;
    }

    public static void MapWebUi(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        app.MapFallback($"{{*path:{ConstraintName}}}", (HttpContext http) => ServeIndex(http, files))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    private static IResult ServeIndex(HttpContext http, IFileProvider files)
    {
        var index = files.GetFileInfo("index.html");
        if (!index.Exists)
        {
            return Results.Content(
                "<!doctype html><meta charset=\"utf-8\"><title>PerfEval Platform</title>" +
                "<p>网页界面尚未构建。The web UI is not built: run <code>npm ci &amp;&amp; npm run build</code> in " +
                "src/PerfEval.Web (deploy/local/run.sh does it), then restart. The API is up: <a href=\"/docs\">/docs</a>.</p>",
                "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.Stream(index.CreateReadStream(), "text/html; charset=utf-8");
    }
}

/// <summary>A client route: not one of the server's own path prefixes and not a file name (no dot in the last segment).</summary>
public sealed class ClientRouteConstraint : IRouteConstraint
{
    private static readonly string[] ServerPrefixes = ["api", "health", "hangfire", "openapi", "docs"];

    public bool Match(
        HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values.TryGetValue(routeKey, out var value) ? value?.ToString() ?? "" : "";
        var first = path.Split('/', 2)[0];
        if (ServerPrefixes.Any(p => string.Equals(p, first, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var last = path[(path.LastIndexOf('/') + 1)..];
        return !last.Contains('.', StringComparison.Ordinal);
    }
}
