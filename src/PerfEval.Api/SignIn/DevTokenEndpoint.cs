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

    /// <summary>The request's failing fields, one message per field (a later check replaces an earlier one).</summary>
    private static List<FieldError> Validate(DevTokenRequest? request, int nameLength)
    {
        var errors = new Dictionary<string, FieldError>();
        void Add(string path, string zh, string en) => errors[path] = new FieldError(path, FieldLabels.For(path), zh, en);
        if (request is null)
        {
            Add("body", "请提交含 userId 和 roles 的 JSON。", "A JSON body with userId and roles is required.");
            return [.. errors.Values];
        }

        if (!Limits.IsIdentifier(request.UserId))
        {
            Add("userId", "用户编号（userId）" + Limits.IdentifierRuleZh, "userId " + Limits.IdentifierRule);
        }

        if (request.Name?.Length > nameLength)
        {
            Add("name", $"姓名（name）最多{nameLength}个字。", $"name must be at most {nameLength} characters.");
        }

        var roleList = string.Join(", ", Role.All);
        if (request.Roles is not { Count: > 0 } roles || roles.Any(r => !Role.All.Contains(r)))
        {
            Add("roles", $"角色（roles）应为以下一项或多项：{roleList}。", $"roles must be one or more of: {roleList}.");
        }
        else
        {
            if (roles.Contains(Role.Unit) && !Limits.IsIdentifier(request.UnitId))
            {
                Add("unitId", "填报单位用户须有单位编号（unitId），" + Limits.IdentifierRuleZh, "A unit user needs a unitId, which " + Limits.IdentifierRule);
            }

            if (roles.Contains(Role.Unit) && request.DepartmentIds is not { Count: 1 })
            {
                Add("departmentIds", "填报单位用户须有且只有一个部门编号（departmentIds）：本单位的主管部门。",
                    "A unit user needs exactly one departmentId: the unit's competent department.");
            }

            if (roles.Contains(Role.Reviewer) && request.DepartmentIds is not { Count: > 0 })
            {
                Add("departmentIds", "审核人须至少有一个部门编号（departmentIds）。", "A reviewer needs at least one departmentId.");
            }
        }

        if (request.DepartmentIds is { } departments &&
            (departments.Count > 50 || departments.Any(d => !Limits.IsIdentifier(d))))
        {
            Add("departmentIds", "部门编号（departmentIds）最多50个，每个" + Limits.IdentifierRuleZh,
                "departmentIds may have at most 50 ids, each of which " + Limits.IdentifierRule);
        }

        return [.. errors.Values];
    }
}
