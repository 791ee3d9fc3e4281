using System.Text;
using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Targets;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Targets;

/// <summary>
/// Declarations in and out as files: import (.xlsx in the official layout, or JSON) as drafts, all or nothing with
/// every error by cell; export one declaration as .xlsx or JSON; the blank template.
/// </summary>
public static class TargetFileEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record ImportedTargets(Guid Id, string ProjectName, int FiscalYear, string ETag);

    public sealed record TargetImportResponse(string Format, IReadOnlyList<ImportedTargets> Created);

    public static void MapTargetFiles(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/targets/import", Import)
            .RequireAuthorization(Policies.Unit)
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUpload())
            .Produces<TargetImportResponse>(StatusCodes.Status201Created)
            .ProducesProblems(403, 409, 413)
            .WithTags("Targets")
            .WithSummary("Import declarations from a file (multipart field 'file': .xlsx official layout or .json) as drafts");
        app.MapGet("/api/targets/{id:guid}/export", Export)
            .RequireAuthorization(Policies.Authenticated)
            .ProducesFile(XlsxType, "application/json")
            .ProducesProblems(400, 404)
            .WithTags("Targets")
            .WithSummary("Download the declaration (its working content) as .xlsx in the official layout or JSON");
        app.MapGet("/api/targets/template", Template)
            .RequireAuthorization(Policies.Authenticated)
            .ProducesFile(XlsxType)
            .ProducesProblems(400)
            .WithTags("Targets")
            .WithSummary("Download an empty declaration template (.xlsx, official layout)");
    }

    private static async Task<IResult> Import(
        HttpContext http, EvaluationCommands commands, ImportLimits limits, TargetInputValidator validator, IQuerySession session,
        CancellationToken ct)
    {
        var (result, problem) = await Upload.ReadAsync(http, limits, TargetImporter.Import, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!result!.Succeeded)
        {
            return Upload.ImportProblem(result.Format, result.Errors, "文件无法导入，未保存任何绩效目标。", "The file holds no declaration.");
        }

        foreach (var declaration in result.Declarations)
        {
            if (validator.Problem(declaration) is { } invalid)
            {
                return invalid;
            }
        }

        var actor = http.User.ToActor();
        var source = "import:" + result.Format;
        var ids = result.Declarations.Select(d => TargetIds.For(actor.UnitId ?? "", d.Header.FiscalYear, d.Header.ProjectName)).ToList();
        if (ids.Distinct().Count() != ids.Count)
        {
            return Problems.From(TargetErrors.AlreadyDeclared);
        }

        var existing = (await session.LoadManyAsync<TargetDeclaration>(ct, ids)).ToDictionary(t => t.Id);
        var starts = result.Declarations
            .Select((d, i) => (Id: ids[i], Decision: TargetDecisions.Draft(existing.GetValueOrDefault(ids[i]), ids[i], actor, d, source)))
            .ToList();
        if (starts.FirstOrDefault(s => !s.Decision.IsAccepted) is { Decision.Error: { } refused })
        {
            return Problems.From(refused);
        }

        IReadOnlyList<TargetDeclaration> created;
        try
        {
            created = await commands.StartManyAsync<TargetDeclaration>(starts, FormCommands.Write(http, actor), ct);
        }
        catch (Exception clash) when (clash is JasperFx.Events.ExistingStreamIdCollisionException
                                      or Marten.Exceptions.ExistingStreamIdCollisionException)
        {
            return Problems.From(TargetErrors.AlreadyDeclared);
        }

        return Results.Created(
            "/api/targets",
            new TargetImportResponse(
                result.Format.ToString(),
                created.Select(t => new ImportedTargets(t.Id, t.ProjectName, t.FiscalYear, ETags.For(t.Version))).ToList()));
    }

    private static async Task<IResult> Export(Guid id, string? format, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        var declaration = await session.LoadAsync<TargetDeclaration>(id, ct);
        if (declaration is null || !TargetCommands.CanRead(http.User.ToActor(), declaration))
        {
            return Problems.From(TargetErrors.NotFound);
        }

        var name = $"targets-{declaration.FiscalYear}-{declaration.Id:N}";
        return (format ?? "xlsx").ToLowerInvariant() switch
        {
            "xlsx" => Results.File(TargetXlsxExporter.ToBytes([declaration.Content]), XlsxType, name + ".xlsx"),
            "json" => Results.File(
                Encoding.UTF8.GetBytes(TargetJsonExporter.ToJson(declaration.Content)), "application/json", name + ".json"),
            _ => Problems.Invalid("format", "须为 xlsx 或 json。", "must be xlsx or json."),
        };
    }

    private static IResult Template(int? fiscalYear) =>
        fiscalYear is { } year && !FiscalYears.IsAccepted(year)
            ? Problems.Invalid("fiscalYear", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.")
            : Results.File(TargetTemplate.ToBytes(fiscalYear), XlsxType, "perfeval-targets-template.xlsx");
}
