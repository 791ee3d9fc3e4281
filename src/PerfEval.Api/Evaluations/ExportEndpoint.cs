using System.Text;
using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Platform.Directories;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// GET /api/evaluations/{id}/export?format=xlsx|json: the form in the official .xlsx layout or the API's JSON, which
/// import back to the same form. GET /api/evaluations/template: an empty .xlsx template in the official layout.
/// </summary>
public static class ExportEndpoint
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/evaluations/{id:guid}/export", Export)
            .RequireAuthorization(Policies.Authenticated)
            .ProducesFile(XlsxType, "application/json")
            .ProducesProblems(400, 404)
            .WithTags("Evaluations")
            .WithSummary("Download the form as .xlsx (official layout) or JSON");
        app.MapGet("/api/evaluations/template", Template)
            .RequireAuthorization(Policies.Authenticated)
            .ProducesFile(XlsxType)
            .ProducesProblems(400)
            .WithTags("Evaluations")
            .WithSummary("Download an empty .xlsx template in the official layout; ?kind=Project|DepartmentWide (any case), ?fiscalYear=");
    }

    private static async Task<IResult> Export(
        Guid id, string? format, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (evaluation is null || !EvaluationAccess.CanRead(http.User.ToActor(), evaluation))
        {
            return Problems.NotFound();
        }

        var name = $"{evaluation.FiscalYear}-{evaluation.Id:N}";
        return (format ?? "xlsx").ToLowerInvariant() switch
        {
            "xlsx" => Results.File(XlsxFormExporter.ToBytes([evaluation.Form]), XlsxType, name + ".xlsx"),
            "json" => Results.File(
                Encoding.UTF8.GetBytes(JsonFormExporter.ToJson(evaluation.Form)), "application/json", name + ".json"),
            _ => Problems.Invalid("format", "须为 xlsx 或 json。", "must be xlsx or json."),
        };
    }

    /// <summary>
    /// The blank form of the kind asked for (a project's by default). A department-wide one names the caller's
    /// department as 主管部门 and 实施单位 when the caller is a unit's person whose department the directory knows.
    /// </summary>
    private static async Task<IResult> Template(int? fiscalYear, string? kind, HttpContext http, DirectoryStore directories, CancellationToken ct)
    {
        if (fiscalYear is { } year && !FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("fiscalYear", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        var formKind = FormKind.Project;
        if (kind is not null && !FormKinds.TryParse(kind, out formKind))
        {
            return Problems.Invalid("kind", "应为 Project（项目支出绩效自评表）或 DepartmentWide（部门整体支出绩效自评表）。", "must be Project or DepartmentWide (the department-wide form).");
        }

        if (formKind == FormKind.Project)
        {
            return Results.File(FormTemplate.ToBytes(fiscalYear), XlsxType, "perfeval-template.xlsx");
        }

        var actor = http.User.ToActor();
        string? department = null;
        if (actor.IsUnit && actor.DepartmentIds.Order(StringComparer.Ordinal).FirstOrDefault() is { } departmentId)
        {
            department = (await directories.ReadAsync(ct)).Directory.Department(departmentId)?.Name;
        }

        return Results.File(FormTemplate.ToBytes(fiscalYear, formKind, department), XlsxType, "perfeval-template-department-wide.xlsx");
    }
}
