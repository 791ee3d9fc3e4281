using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PerfEval.Api.Auth;
using PerfEval.Api.Hosting;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.SignIn;

/// <summary>POST /api/auth/dev-token: a signed token for the claims asked for. Exists only when Auth:DevTokens is true.</summary>
public static class DevTokenEndpoint
{
    public sealed record DevTokenRequest(
        string? UserId,
        string? Name,
        IReadOnlyList<string>? Roles,
        string? UnitId,
        IReadOnlyList<string>? DepartmentIds);

    public sealed record DevTokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

    public static void MapDevTokens(this IEndpointRouteBuilder app, AuthOptions options)
    {
        if (!options.DevTokens)
        {
            return;
        }

        app.MapPost("/api/auth/dev-token", Issue)
            .AllowAnonymous()
            .Produces<DevTokenResponse>()
            // A body that is not JSON matches no endpoint's accepted content types, and the platform's default
            // policy (signed in) answers for the request before any endpoint is chosen.
            .ProducesProblems(401)
            .WithTags("Auth")
            .WithSummary("Issue a development token (only when Auth:DevTokens=true; never in production)");
    }

    private static IResult Issue(
        DevTokenRequest? request, AuthOptions options, DevSigningKey key, TimeProvider clock, InputLimits limits)
    {
        var errors = Validate(request, limits.NameLength);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(options.DevTokenMinutes);
        var claims = new List<Claim>
        {
            new(PerfEvalClaims.Subject, request!.UserId!),
            new(PerfEvalClaims.Name, request.Name ?? request.UserId!),
        };
        claims.AddRange(request.Roles!.Select(r => new Claim(PerfEvalClaims.Role, r)));
        if (request.UnitId is { Length: > 0 } unit)
        {
            claims.Add(new Claim(PerfEvalClaims.UnitId, unit));
        }

        claims.AddRange((request.DepartmentIds ?? []).Select(d => new Claim(PerfEvalClaims.DepartmentId, d)));

        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Issuer,
            Audience = options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return Results.Ok(new DevTokenResponse(token, "Bearer", expires));
    }

    private static Dictionary<string, string[]> Validate(DevTokenRequest? request, int nameLength)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors["body"] = ["A JSON body with userId and roles is required."];
            return errors;
        }

        if (!Limits.IsIdentifier(request.UserId))
        {
            errors["userId"] = [Limits.IdentifierRule];
        }

        if (request.Name?.Length > nameLength)
        {
            errors["name"] = [$"At most {nameLength} characters."];
        }

        if (request.Roles is not { Count: > 0 } roles || roles.Any(r => !Role.All.Contains(r)))
        {
            errors["roles"] = [$"One or more of: {string.Join(", ", Role.All)}."];
        }
        else
        {
            if (roles.Contains(Role.Unit) && !Limits.IsIdentifier(request.UnitId))
            {
                errors["unitId"] = ["A unit user needs a unitId. " + Limits.IdentifierRule];
            }

            if (roles.Contains(Role.Unit) && request.DepartmentIds is not { Count: 1 })
            {
                errors["departmentIds"] = ["A unit user needs exactly one departmentId: the unit's competent department."];
            }

            if (roles.Contains(Role.Reviewer) && request.DepartmentIds is not { Count: > 0 })
            {
                errors["departmentIds"] = ["A reviewer needs at least one departmentId."];
            }
        }

        if (request.DepartmentIds is { } departments &&
            (departments.Count > 50 || departments.Any(d => !Limits.IsIdentifier(d))))
        {
            errors["departmentIds"] = ["At most 50 ids. " + Limits.IdentifierRule];
        }

        return errors;
    }
}
