using Hangfire;
using PerfEval.Api.Auth;

namespace PerfEval.Api.Admin;

public static class JobsDashboard
{
    /// <summary>The Hangfire dashboard at /hangfire, for admins (bearer token with the admin role).</summary>
    public static void MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorization()],
            AsyncAuthorization = [],
            DisplayStorageConnectionString = false,
        })
            .RequireAuthorization(Policies.Admin);
    }
}
