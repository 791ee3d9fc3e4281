using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;
using PerfEval.Platform.Yearly;

namespace PerfEval.Api.Projections;

/// <summary>
/// The yearly projection (docs/domain-rules.md#access): managers see every department; a reviewer sees only the departments he
/// reviews, so he must name one (403 without it, 404 for a department not his).
/// </summary>
public static class YearlyProjectionEndpoints
{
    public static void MapYearlyProjections(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projections/yearly/{year:int}", Get)
            .WithTags("Projections")
            .RequireAuthorization(Policies.ManagerOrReviewer)
            .Produces<Domain.Yearly.YearlyFigures>()
            .ProducesProblems(400, 404)
            .WithSummary("A fiscal year's figures by department and unit: statuses, budgets, scores, grades, findings, workload");
    }

    private static async Task<IResult> Get(
        int year, string? departmentId, HttpContext http, YearlyFiguresQuery figures, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        if (departmentId is { Length: 0 or > 200 })
        {
            return Problems.Invalid("departmentId", "应为1到200个字符。", "must be 1 to 200 characters.");
        }

        var actor = http.User.ToActor();
        if (!actor.IsManager)
        {
            if (departmentId is null)
            {
                return Problems.Create(StatusCodes.Status403Forbidden, "projection.department_required",
                    "Reviewers read the yearly projection of one of their departments: give departmentId.",
                    "审核人只能查看所负责部门的年度汇总，请指定 departmentId。");
            }

            if (!actor.ReviewsDepartment(departmentId))
            {
                return Problems.Create(StatusCodes.Status404NotFound, "projection.department_not_found",
                    "No such department among yours.", "未找到该部门。");
            }
        }

        return Results.Ok(await figures.ForYearAsync(year, departmentId, ct));
    }
}
