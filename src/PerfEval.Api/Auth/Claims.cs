using System.Security.Claims;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Auth;

/// <summary>The token's claim names (docs/domain-rules.md#access) and how a principal becomes the domain's <see cref="Actor"/>.</summary>
public static class PerfEvalClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string UnitId = "unit_id";
    public const string DepartmentId = "department_id";

    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(Subject) ?? throw new InvalidOperationException("The token has no subject.");
        return new Actor(
            id,
            principal.FindFirstValue(Name) ?? id,
            principal.FindAll(Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            principal.FindFirstValue(UnitId),
            principal.FindAll(DepartmentId).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
