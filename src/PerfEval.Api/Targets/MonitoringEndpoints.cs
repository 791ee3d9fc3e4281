using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Api.Targets;

/// <summary>
/// The finance bureau's monitoring view (docs/domain-rules.md#monitoring): a year's approved targets by department,
/// red and yellow projects first, with each one's latest report.
/// </summary>
public static class MonitoringEndpoints
{
    /// <param name="Light">The latest report's light; null when the project has not reported yet.</param>
    public sealed record MonitoringRow(
        Guid TargetId,
        string ProjectName,
        string UnitId,
        string ImplementingUnit,
        string DepartmentId,
        string CompetentDepartment,
        ExecutionLight? Light,
        int? CutOffMonth,
        decimal? ExecutionRate,
        decimal? ElapsedShare,
        decimal? Pace,
        int OffTrack,
        int VersionNumber);

    public sealed record MonitoringView(int Year, IReadOnlyList<MonitoringRow> Projects, int Red, int Yellow, int Green, int NotReported);

    public static void MapMonitoring(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/monitoring/{year:int}", Get)
            .WithTags("Targets")
            .RequireAuthorization(Policies.Authenticated)
            .Produces<MonitoringView>()
            .ProducesProblems(400)
            .WithSummary("A year's approved targets with their monitoring light, red and yellow first; filter by departmentId");

    private static async Task<IResult> Get(int year, string? departmentId, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        if (departmentId is not null && !Limits.IsIdentifier(departmentId))
        {
            return Problems.InvalidIdentifier("departmentId");
        }

        var query = TargetEndpoints.InScope(session.Query<TargetDeclaration>(), EvaluationAccess.ReadScope(http.User.ToActor()))
            .Where(t => t.FiscalYear == year && t.Status == TargetStatus.Approved);
        if (departmentId is not null)
        {
            query = query.Where(t => t.DepartmentId == departmentId);
        }

        var rows = (await query.ToListAsync(ct))
            .Select(Row)
            .OrderBy(r => r.Light switch
            {
                ExecutionLight.Red => 0,
                ExecutionLight.Yellow => 1,
                null => 2,
                _ => 3,
            })
            .ThenBy(r => r.Pace ?? decimal.MaxValue)
            .ThenBy(r => r.DepartmentId, StringComparer.Ordinal)
            .ThenBy(r => r.ProjectName, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(new MonitoringView(
            year,
            rows,
            rows.Count(r => r.Light == ExecutionLight.Red),
            rows.Count(r => r.Light == ExecutionLight.Yellow),
            rows.Count(r => r.Light == ExecutionLight.Green),
            rows.Count(r => r.Light is null)));
    }

    private static MonitoringRow Row(TargetDeclaration t)
    {
        var latest = t.Monitoring.Count == 0 ? null : t.Monitoring[^1];
        return new MonitoringRow(
            t.Id, t.ProjectName, t.UnitId, t.Content.Header.ImplementingUnit, t.DepartmentId, t.Content.Header.CompetentDepartment,
            latest?.Assessment.Light, latest?.Report.CutOffMonth, latest?.Assessment.ExecutionRate, latest?.Assessment.ElapsedShare,
            latest?.Assessment.Pace, latest?.Assessment.OffTrack ?? 0, t.Approved?.Number ?? 0);
    }
}
