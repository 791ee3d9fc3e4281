using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PerfEval.TestAuthority;
using static OpenIddict.Abstractions.OpenIddictConstants;

// An OpenID Connect authority for tests and local runs: the web UI's public client signs in with an authorization
// code and PKCE, the API validates the JWT access tokens against this authority's discovery document and keys.
// Keys are made at start-up (ephemeral); applications and tokens live in memory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var settings = builder.Configuration.GetSection(AuthoritySettings.Section).Get<AuthoritySettings>() ?? new AuthoritySettings();

// Nothing is kept on disk: keys for the login cookie and the grants live as long as the process.
builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
builder.Services.AddDbContext<AuthorityDb>(db => db.UseInMemoryDatabase("authority").UseOpenIddict());
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(cookie =>
    {
        cookie.LoginPath = "/login";
        cookie.Cookie.Name = "perfeval-test-authority";
    });
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
    policy.WithOrigins(settings.Origins()).AllowAnyHeader().AllowAnyMethod()));
builder.Services.AddOpenIddict()
    .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AuthorityDb>())
    .AddServer(server =>
    {
        server.SetAuthorizationEndpointUris("connect/authorize")
            .SetTokenEndpointUris("connect/token")
            .SetEndSessionEndpointUris("connect/logout");
        server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
        server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
        server.SetAccessTokenLifetime(TimeSpan.FromSeconds(settings.AccessTokenSeconds))
            .SetIdentityTokenLifetime(TimeSpan.FromSeconds(settings.AccessTokenSeconds))
            .SetRefreshTokenLifetime(TimeSpan.FromMinutes(settings.RefreshTokenMinutes));
        server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
        // The API reads the access tokens: signed JWTs, not encrypted ones.
        server.DisableAccessTokenEncryption();
        server.UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableTokenEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            // Loopback over plain HTTP in tests.
            .DisableTransportSecurityRequirement();
    });

var app = builder.Build();
await RegisterWebClient(app.Services, settings);

app.UseCors();
app.UseAuthentication();

app.MapGet("/", () => Results.Redirect("/.well-known/openid-configuration"));

// The login page: the test users, one button each. Choosing one signs in at the authority (a cookie) and goes on
// with the authorization request that asked for it.
app.MapGet("/login", (string? returnUrl) => Results.Content(LoginPage.Html(LocalOrAuthorize(returnUrl)), "text/html; charset=utf-8"));
app.MapPost("/login", async (HttpContext http) =>
{
    var form = await http.Request.ReadFormAsync();
    var user = TestUsers.Find(form["user"]);
    if (user is null)
    {
        return Results.BadRequest("Unknown test user.");
    }

    var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
    identity.AddClaim(new Claim(Claims.Subject, user.Id));
    identity.AddClaim(new Claim(Claims.Name, user.Name));
    await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    return Results.Redirect(LocalOrAuthorize(form["returnUrl"]));
});

// Authorization endpoint: who is signed in at the authority gets a code; anybody else goes to the login page first.
app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
{
    var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
    var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    var user = session.Succeeded ? TestUsers.Find(session.Principal.FindFirstValue(Claims.Subject)) : null;
    if (user is null)
    {
        if (request.HasPromptValue(PromptValues.None))
        {
            return Refuse(Errors.LoginRequired, "Nobody is signed in at the authority.");
        }

        var parameters = http.Request.HasFormContentType ? [.. http.Request.Form] : http.Request.Query.ToList();
        return Results.Challenge(
            new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters) },
            [CookieAuthenticationDefaults.AuthenticationScheme]);
    }

    var identity = user.ToIdentity(request.GetScopes(), settings.Audience);
    return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
});

// Token endpoint: a code (with its PKCE verifier, checked by OpenIddict) or a refresh token becomes fresh tokens
// with the person's current claims.
app.MapPost("/connect/token", async (HttpContext http) =>
{
    var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
    if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
    {
        return Refuse(Errors.UnsupportedGrantType, "Only authorization codes and refresh tokens are accepted.");
    }

    var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    var user = TestUsers.Find(granted.Principal?.GetClaim(Claims.Subject));
    if (user is null)
    {
        return Refuse(Errors.InvalidGrant, "The grant is no longer valid.");
    }

    var identity = user.ToIdentity(granted.Principal!.GetScopes(), settings.Audience);
    return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
});

// End-session endpoint: signs out at the authority, then back to the web UI's registered address.
app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
{
    await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    return Results.SignOut(
        new AuthenticationProperties { RedirectUri = "/login" },
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
});

await app.RunAsync();

static IResult Refuse(string error, string description) => Results.Forbid(
    new AuthenticationProperties(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    }),
    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

// Only this authority's own authorization requests are places to go back to after the login page.
static string LocalOrAuthorize(string? returnUrl) =>
    returnUrl is { Length: > 0 } url && url.StartsWith("/connect/authorize", StringComparison.Ordinal) ? url : "/";

static async Task RegisterWebClient(IServiceProvider services, AuthoritySettings settings)
{
    await using var scope = services.CreateAsyncScope();
    var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
    var client = new OpenIddictApplicationDescriptor
    {
        ClientId = settings.ClientId,
        ClientType = ClientTypes.Public,
        ConsentType = ConsentTypes.Implicit,
        DisplayName = "PerfEval web UI",
        Permissions =
        {
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile,
            Permissions.Scopes.Roles,
        },
        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
    };
    foreach (var uri in settings.RedirectUris)
    {
        client.RedirectUris.Add(new Uri(uri));
    }

    foreach (var uri in settings.PostLogoutRedirectUris)
    {
        client.PostLogoutRedirectUris.Add(new Uri(uri));
    }

    await applications.CreateAsync(client);
}

/// <summary>The authority's store: OpenIddict's applications, authorizations and tokens, in memory.</summary>
internal sealed class AuthorityDb(DbContextOptions<AuthorityDb> options) : DbContext(options);
