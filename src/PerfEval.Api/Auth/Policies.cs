using Microsoft.AspNetCore.Authorization;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Auth;

/// <summary>
/// The one table of endpoint policies. Every endpoint names one of these (or is anonymous on purpose); scoping to a
/// unit or department is decided by <see cref="EvaluationAccess"/> and the domain's decisions.
/// </summary>
public static class Policies
{
    public const string Authenticated = "authenticated";
    public const string Unit = "unit";
    public const string Reviewer = "reviewer";
    public const string Manager = "manager";
    public const string Admin = "admin";
    public const string ManagerOrReviewer = "manager-or-reviewer";
    public const string ReviewerManagerOrAdmin = "reviewer-manager-or-admin";

    public static AuthorizationBuilder AddPerfEvalPolicies(this AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Authenticated, p => p.RequireAuthenticatedUser())
        .AddPolicy(Unit, p => p.RequireAuthenticatedUser().RequireRole(Role.Unit))
        .AddPolicy(Reviewer, p => p.RequireAuthenticatedUser().RequireRole(Role.Reviewer))
        .AddPolicy(Manager, p => p.RequireAuthenticatedUser().RequireRole(Role.Manager))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Role.Admin))
        .AddPolicy(ManagerOrReviewer, p => p.RequireAuthenticatedUser().RequireRole(Role.Manager, Role.Reviewer))
        .AddPolicy(ReviewerManagerOrAdmin, p => p.RequireAuthenticatedUser().RequireRole(Role.Reviewer, Role.Manager, Role.Admin));
}
