namespace PerfEval.Api.Auth;

/// <summary>Authentication settings ("Auth" section).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Serves POST /api/auth/dev-token. Local runs and tests only; production must leave it false.</summary>
    public bool DevTokens { get; set; }

    /// <summary>OpenID Connect authority whose tokens the API accepts (production).</summary>
    public string? Authority { get; set; }

    /// <summary>Client id the web UI uses at the OpenID Connect authority (authorization code flow with PKCE).</summary>
    public string? ClientId { get; set; }

    /// <summary>Scopes the web UI asks the authority for; offline_access brings the refresh token that renews the session.</summary>
    public string Scope { get; set; } = "openid profile offline_access";

    /// <summary>Fetch the authority's discovery document over HTTPS only. Only a loopback test authority may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Audience expected in tokens.</summary>
    public string Audience { get; set; } = "perfeval-api";

    /// <summary>Issuer of dev tokens.</summary>
    public string Issuer { get; set; } = "perfeval-dev";

    /// <summary>Symmetric key (at least 32 characters) that signs dev tokens; a random one is made when empty.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Lifetime of a dev token.</summary>
    public int DevTokenMinutes { get; set; } = 480;
}
