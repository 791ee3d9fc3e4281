using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using PerfEval.Api.Auth;

namespace PerfEval.Api.Hosting;

public static class AuthSetup
{
    /// <summary>
    /// JWT bearer authentication: tokens of the configured OpenID Connect authority in production; in local runs
    /// (Auth:DevTokens) also tokens signed with the dev key. Authorization by the policy table.
    /// </summary>
    public static IServiceCollection AddPerfEvalAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!options.DevTokens && string.IsNullOrWhiteSpace(options.Authority))
        {
            throw new InvalidOperationException(
                "No token issuer is configured: set Auth:Authority (OpenID Connect) or, for local runs only, Auth:DevTokens=true.");
        }

        var devKey = new DevSigningKey(options);
        services.AddSingleton(options);
        services.AddSingleton(devKey);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = options.Audience;
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                    jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                }

                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    NameClaimType = PerfEvalClaims.Name,
                    RoleClaimType = PerfEvalClaims.Role,
                    ValidAudience = options.Audience,
                    ValidateIssuer = true,
                    // Dev tokens' issuer; the authority's issuer (from its discovery document) is added to these.
                    ValidIssuers = options.DevTokens ? [options.Issuer] : null,
                    IssuerSigningKey = options.DevTokens ? devKey.Key : null,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });

        services.AddAuthorizationBuilder().AddPerfEvalPolicies();
        return services;
    }
}

/// <summary>The key that signs dev tokens: from Auth:SigningKey, or random for the life of the process.</summary>
public sealed class DevSigningKey
{
    public DevSigningKey(AuthOptions options)
    {
        var secret = options.SigningKey is { Length: >= 32 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : RandomNumberGenerator.GetBytes(32);
        Key = new SymmetricSecurityKey(secret);
    }

    public SymmetricSecurityKey Key { get; }
}
