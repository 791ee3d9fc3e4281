namespace PerfEval.TestAuthority;

/// <summary>The "TestAuthority" section: the web UI's client registration and the token lifetimes.</summary>
public sealed class AuthoritySettings
{
    public const string Section = "TestAuthority";

    /// <summary>The public client the web UI signs in with (the API's Auth:ClientId).</summary>
    public string ClientId { get; set; } = "perfeval-web";

    /// <summary>Where the authority may send the browser back with a code (the web UI's /signin-callback).</summary>
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>Where the authority may send the browser after signing out (the web UI's /signin).</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>The audience of the access tokens (the API's Auth:Audience).</summary>
    public string Audience { get; set; } = "perfeval-api";

    /// <summary>Lifetime of an access token, in seconds: short, so that renewal happens while someone works.</summary>
    public int AccessTokenSeconds { get; set; } = 90;

    /// <summary>Lifetime of a refresh token, in minutes.</summary>
    public int RefreshTokenMinutes { get; set; } = 480;

    /// <summary>The origins of the redirect addresses: the web UI calls the token endpoint from there (CORS).</summary>
    public string[] Origins() => [.. RedirectUris.Concat(PostLogoutRedirectUris)
        .Select(u => new Uri(u).GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.Ordinal)];
}
