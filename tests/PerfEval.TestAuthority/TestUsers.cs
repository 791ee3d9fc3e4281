using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PerfEval.TestAuthority;

/// <summary>A person the login page offers, with the claims the API reads (src/PerfEval.Api/Auth/Claims.cs).</summary>
public sealed record TestUser(string Id, string Name, string[] Roles, string? UnitId, string[] DepartmentIds)
{
    /// <summary>The claims of the tokens issued to this person: sub, name, role, unit_id, department_id.</summary>
    public ClaimsIdentity ToIdentity(IEnumerable<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "perfeval-test-authority", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, Id).SetClaim(Claims.Name, Name);
        identity.SetClaims(Claims.Role, [.. Roles]);
        if (UnitId is not null)
        {
            identity.SetClaim("unit_id", UnitId);
        }

        identity.SetClaims("department_id", [.. DepartmentIds]);
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        // Everything goes into the access token (the API reads it); the identity token carries who signed in.
        identity.SetDestinations(claim => claim.Type is Claims.Subject or Claims.Name or Claims.Role
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return identity;
    }
}

/// <summary>The test users: the same people as the web UI's demo users (src/PerfEval.Web/src/auth/demoUsers.ts).</summary>
public static class TestUsers
{
    public static IReadOnlyList<TestUser> All { get; } =
    [
        new("demo-unit", "青浦区总工会填报人", ["unit"], "unit-qingpu-union", ["dept-qingpu-union"]),
        new("demo-unit-2", "青浦区退管会填报人", ["unit"], "unit-qingpu-retirees", ["dept-qingpu-union"]),
        new("demo-reviewer", "主管部门审核人", ["reviewer"], null, ["dept-qingpu-union"]),
        new("demo-manager", "财政局绩效管理处", ["manager"], null, []),
        new("demo-admin", "系统管理员", ["admin", "manager"], null, []),
    ];

    public static TestUser? Find(string? id) => All.FirstOrDefault(u => u.Id == id);
}
