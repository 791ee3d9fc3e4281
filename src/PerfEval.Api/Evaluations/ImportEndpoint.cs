using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Import;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// POST /api/evaluations/import: a file in the PDF-text format, the official .xlsx layout or JSON becomes drafts.
/// All or nothing: a file with any error stores no form and answers 400 with every error by line or cell.
/// </summary>
public static class ImportEndpoint
{
    public sealed record ImportedForm(Guid Id, string ProjectName, int FiscalYear, string ETag);

    public sealed record ImportResponse(string Format, IReadOnlyList<ImportedForm> Created);

    public static void MapImport(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/evaluations/import", Import)
            .RequireAuthorization(Policies.Unit)
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUpload())
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .ProducesProblems(403)
            .WithTags("Evaluations")
            .WithSummary("Import forms from a file (multipart field 'file': .txt PDF text, .xlsx, .json) as drafts");

    private static async Task<IResult> Import(
        HttpContext http, EvaluationCommands commands, ImportLimits limits, FormInputValidator formLimits, CancellationToken ct)
    {
        var (result, problem) = await Upload.ReadAsync(http, limits, FormImporter.Import, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!result!.Succeeded)
        {
            return Upload.ImportProblem(result.Format, result.Errors, "文件无法导入，未保存任何自评表。", "The file holds no form.");
        }

        var invalid = result.Forms
            .Select((f, i) => (Index: i, Problem: FormValidation.Errors(f, formLimits)))
            .Where(x => x.Problem.Count > 0)
            .SelectMany(x => x.Problem.Select(e => ($"forms[{x.Index}].{e.Key}", e.Value)))
            .ToDictionary(e => e.Item1, e => e.Value);
        if (invalid.Count > 0)
        {
            return Problems.Validation(invalid);
        }

        var actor = http.User.ToActor();
        var source = "import:" + result.Format;
        var starts = result.Forms
            .Select(f => (Id: Guid.CreateVersion7(), Form: f))
            .Select(x => (x.Id, Decision: EvaluationDecisions.Draft(x.Id, actor, x.Form, source)))
            .ToList();
        if (starts.FirstOrDefault(s => !s.Decision.IsAccepted) is { Decision.Error: { } refused })
        {
            return Problems.From(refused);
        }

        var created = await commands.StartManyAsync(starts, FormCommands.Write(http, actor), ct);
        return Results.Created(
            "/api/evaluations",
            new ImportResponse(
                result.Format.ToString(),
                created.Select(e => new ImportedForm(e.Id, e.ProjectName, e.FiscalYear, ETags.For(e.Version))).ToList()));
    }
}
