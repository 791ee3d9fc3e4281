using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using PerfEval.Api.Auth;
using PerfEval.Domain.Directories;
using PerfEval.Platform.Directories;

namespace PerfEval.Api.Directories;

/// <summary>
/// The one place scopes come from (docs/domain-rules.md#directory): after the token is validated, a person the
/// directory knows gets the unit and department claims the directory gives them (<see cref="DirectoryScopes"/>),
/// replacing the token's; a person it does not know keeps the token's claims (development tokens, tests, an authority
/// that issues them). Identity and roles stay the token's. Everything downstream reads the claims through
/// <see cref="PerfEvalClaims.ToActor"/>.
/// </summary>
public sealed class DirectoryClaims(DirectoryStore store) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity
            || principal.FindFirstValue(PerfEvalClaims.Subject) is not { } subject)
        {
            return principal;
        }

        var directory = (await store.ReadAsync(CancellationToken.None)).Directory;
        var roles = principal.FindAll(PerfEvalClaims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (DirectoryScopes.For(directory, subject, roles) is not { } scope)
        {
            return principal;
        }

        var scoped = new ClaimsIdentity(
            identity.Claims.Where(c => c.Type is not PerfEvalClaims.UnitId and not PerfEvalClaims.DepartmentId),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        if (scope.UnitId is { } unit)
        {
            scoped.AddClaim(new Claim(PerfEvalClaims.UnitId, unit));
        }

        foreach (var department in scope.DepartmentIds)
        {
            scoped.AddClaim(new Claim(PerfEvalClaims.DepartmentId, department));
        }

        return new ClaimsPrincipal(scoped);
    }
}

public static class DirectoryClaimsSetup
{
    /// <summary>Scopes from the directory for the people it knows.</summary>
    public static IServiceCollection AddDirectoryScopes(this IServiceCollection services) =>
        services.AddScoped<IClaimsTransformation, DirectoryClaims>();
}
