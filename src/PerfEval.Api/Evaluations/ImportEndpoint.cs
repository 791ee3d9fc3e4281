using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// POST /api/evaluations/import: a document (.pdf with a text layer, .docx, .xlsx, .txt PDF text, .json) becomes drafts.
/// Every answer says what became of each form found (read, incomplete, refused with reasons and locations) and what
/// was skipped. <c>mode=all</c> (the default) is all or nothing: a document with any error stores no form and answers
/// 400. <c>mode=per-form</c> stores the forms read whole (or those listed in <c>forms</c>) and reports the rest;
/// <c>preview=true</c> reads and reports, storing nothing.
/// </summary>
public static class ImportEndpoint
{
    public sealed record ImportedForm(Guid Id, string ProjectName, int FiscalYear, string ETag);

    /// <summary>What became of one form found in the document; <c>form</c> when read whole, <c>partial</c> when cut off.</summary>
    public sealed record FormReport(
        int Index,
        string Status,
        string Layout,
        string Location,
        string? ProjectName,
        int? FiscalYear,
        Guid? Id,
        IReadOnlyList<Upload.ErrorJson> Problems,
        IReadOnlyList<Finding> Findings,
        EvaluationForm? Form,
        PartialForm? Partial);

    public sealed record ImportResponse(string Format, IReadOnlyList<ImportedForm> Created)
    {
        /// <summary>all, per-form or preview.</summary>
        public string Mode { get; init; } = "all";

        public IReadOnlyList<FormReport> Forms { get; init; } = [];

        public IReadOnlyList<SkippedText> Skipped { get; init; } = [];
    }

    public static void MapImport(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/evaluations/import", Import)
            .RequireAuthorization(Policies.Unit)
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUpload())
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .Produces<ImportResponse>(StatusCodes.Status200OK)
            .ProducesProblems(403, 409)
            .WithTags("Evaluations")
            .WithSummary("Import forms from a document (multipart field 'file': .pdf, .docx, .xlsx, .txt PDF text, .json) as drafts; ?mode=all|per-form, ?forms=0,2, ?preview=true");

    private static async Task<IResult> Import(
        HttpContext http, EvaluationCommands commands, ImportLimits limits, FormInputValidator formLimits, CancellationToken ct,
        string? mode = null, string? forms = null, bool? preview = null)
    {
        var perForm = mode is "per-form";
        if (mode is not (null or "all" or "per-form"))
        {
            return Problems.Invalid("mode", "应为 all（全部）或 per-form（逐表）。", "must be 'all' or 'per-form'.");
        }

        if (!TryParseIndexes(forms, out var chosen))
        {
            return Problems.Invalid("forms", "应为从0起的表序号，以逗号分隔（如 0,2）。", "must list form indexes from 0, separated by commas (e.g. 0,2).");
        }

        var (result, problem) = await Upload.ReadAsync(http, limits, FormImporter.Import, ct);
        if (problem is not null)
        {
            return problem;
        }

        // Each form read whole is also checked against the HTTP limits; one that fails them is refused like a broken one.
        var outcomes = result!.PerForm().Select(o => Validated(o, formLimits)).ToList();
        var reports = outcomes.Select(o => Report(o, null)).ToList();
        var modeName = preview == true ? "preview" : perForm ? "per-form" : "all";
        if (preview == true)
        {
            return Results.Ok(new ImportResponse(result.Format.ToString(), []) { Mode = modeName, Forms = reports, Skipped = result.Skipped });
        }

        var extensions = new Dictionary<string, object?> { ["forms"] = reports, ["skipped"] = result.Skipped };
        if (!perForm)
        {
            if (!result.Succeeded)
            {
                return Upload.ImportProblem(result.Format, result.Errors, "文件无法导入，未保存任何自评表。", "The file holds no form.", extensions);
            }

            var invalid = result.Forms
                .SelectMany((f, i) => FormValidation.Fields(f, formLimits).Select(e => e.Error with
                {
                    Path = $"forms[{i}].{e.Error.Path}",
                    Label = FieldLabels.For($"forms[{i}].{e.Error.Path}"),
                    MessageZh = $"第{i + 1}张表：{e.Error.MessageZh}",
                    MessageEn = $"Form {i + 1}: {e.Error.MessageEn}",
                }))
                .ToList();
            if (invalid.Count > 0)
            {
                return Problems.Validation(invalid);
            }
        }

        var toStore = outcomes.Where(o => o.Status == FormOutcomeStatus.Read && (chosen is null || !perForm || chosen.Contains(o.Index))).ToList();
        if (toStore.Count == 0)
        {
            var problems = outcomes.SelectMany(o => o.Problems).ToList();
            return Upload.ImportProblem(result.Format, problems, "文件中没有可保存的自评表，未保存任何自评表。", "The file holds no form that could be stored.", extensions);
        }

        var actor = http.User.ToActor();
        var source = "import:" + result.Format;
        var starts = toStore
            .Select(o => (Id: Guid.CreateVersion7(), o.Index, Form: o.Form!))
            .Select(x => (x.Id, x.Index, Decision: EvaluationDecisions.Draft(x.Id, actor, x.Form, source)))
            .ToList();
        if (starts.FirstOrDefault(s => !s.Decision.IsAccepted) is { Decision.Error: { } refused })
        {
            return Problems.From(refused);
        }

        IReadOnlyList<Evaluation> created;
        try
        {
            created = await commands.StartManyAsync(starts.Select(s => (s.Id, s.Decision)).ToList(), FormCommands.Write(http, actor), ct);
        }
        catch (CommandRefusedException refusedByStore)
        {
            return Problems.From(refusedByStore.Error);
        }

        var stored = starts.Select(s => s.Index).Zip(created, (index, e) => (index, e.Id)).ToDictionary(x => x.index, x => x.Id);
        return Results.Created(
            "/api/evaluations",
            new ImportResponse(
                result.Format.ToString(),
                created.Select(e => new ImportedForm(e.Id, e.ProjectName, e.FiscalYear, ETags.For(e.Version))).ToList())
            {
                Mode = modeName,
                Forms = outcomes.Select(o => Report(o, stored.TryGetValue(o.Index, out var id) ? id : null)).ToList(),
                Skipped = result.Skipped,
            });
    }

    private static FormOutcome Validated(FormOutcome outcome, FormInputValidator formLimits)
    {
        if (outcome.Form is null)
        {
            return outcome;
        }

        var invalid = FormValidation.Errors(outcome.Form, formLimits);
        return invalid.Count == 0
            ? outcome
            : outcome with
            {
                Status = FormOutcomeStatus.Refused,
                Form = null,
                Problems = invalid.SelectMany(e => e.Value.Select(m => ImportError.Create($"forms[{outcome.Index}].{e.Key}", "符合接口限制的内容", "content within the API's limits", m))).ToList(),
            };
    }

    private static FormReport Report(FormOutcome o, Guid? id) => new(
        o.Index,
        o.Status.ToString(),
        o.Layout,
        o.Location,
        o.Form?.Header.ProjectName ?? o.Partial?.ProjectName,
        o.Form?.Header.FiscalYear ?? o.Partial?.FiscalYear,
        id,
        o.Problems.Select(Upload.ErrorJson.From).ToList(),
        o.Findings,
        o.Form,
        o.Partial);

    private static bool TryParseIndexes(string? text, out HashSet<int>? indexes)
    {
        indexes = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        indexes = [];
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) || index > 100_000)
            {
                return false;
            }

            indexes.Add(index);
        }

        return true;
    }
}
