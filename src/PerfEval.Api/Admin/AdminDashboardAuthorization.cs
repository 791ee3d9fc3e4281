using Hangfire.Dashboard;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Api.Admin;

/// <summary>
/// The jobs dashboard is for admins. The endpoint's policy already asks for the admin role; this filter replaces
/// Hangfire's default (local requests only) with the same rule, so the dashboard never opens on its own terms.
/// </summary>
public sealed class AdminDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Role.Admin);
    }
}
