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
        if (!http.Request.HasFormContentType)
        {
            return FileProblem("Send multipart/form-data with the file in the field 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            // A truncated or garbled envelope surfaces as either, depending on where the parser gives up.
            return FileProblem($"The multipart body could not be read: {e.Message}");
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return FileProblem("The multipart field 'file' is missing or empty.");
        }

        if (file.Length > limits.MaxBytes)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "import.too_large",
                $"The file is larger than {limits.MaxBytes} bytes.", "文件过大。");
        }

        await using var stream = file.OpenReadStream();
        var result = FormImporter.Import(stream, file.FileName, limits);
        if (!result.Succeeded)
        {
            return ImportProblem(result);
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

    private static IResult FileProblem(string detail) =>
        Problems.Validation(new Dictionary<string, string[]> { ["file"] = [detail] });

    private static IResult ImportProblem(ImportResult result) => Problems.Create(
        StatusCodes.Status400BadRequest,
        "import.unreadable",
        result.Errors.Count == 0
            ? "The file holds no form."
            : $"The file could not be imported: {result.Errors.Count} error(s); no form was stored.",
        "文件无法导入，未保存任何自评表。",
        new Dictionary<string, object?>
        {
            ["format"] = result.Format.ToString(),
            ["importErrors"] = result.Errors.Select(e => new
            {
                location = e.Location,
                expected = e.Expected,
                found = e.Found,
                message = e.Message,
                messageEn = e.MessageEn,
            }).ToList(),
        });
}
