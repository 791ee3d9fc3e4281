using PerfEval.Api.Auth;

namespace PerfEval.Api.SignIn;

/// <summary>
/// GET /api/auth/options: how the web UI signs people in. Anonymous on purpose (the sign-in page needs it before
/// anyone has a token); it tells only what the bearer setup already exposes: whether dev tokens are on, and the
/// OpenID Connect authority, client id, audience and scopes of production sign-in.
/// </summary>
public static class SignInOptionsEndpoint
{
    public sealed record SignInOptions(bool DevTokens, string? Authority, string? ClientId, string Audience, string Scope);

    public static void MapSignInOptions(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/auth/options", (AuthOptions options) =>
                Results.Ok(new SignInOptions(options.DevTokens, options.Authority, options.ClientId, options.Audience, options.Scope)))
            .AllowAnonymous()
            .Produces<SignInOptions>()
            .WithTags("Auth")
            .WithSummary("Sign-in settings for the web UI: dev tokens on or off, OpenID Connect authority and client id");
}
