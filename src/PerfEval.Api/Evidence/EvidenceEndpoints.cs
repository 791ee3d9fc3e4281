using System.Globalization;
using Marten;
using Microsoft.Net.Http.Headers;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evidence;
using PerfEval.Platform.EventStore;
using PerfEval.Platform.Evidence;

namespace PerfEval.Api.Evidence;

/// <summary>
/// A form's supporting files (佐证材料, docs/domain-rules.md#evidence): the unit uploads and removes while the form is
/// editable; whoever may read the form lists and downloads them; anyone else is told the form does not exist.
/// </summary>
public static class EvidenceEndpoints
{
    /// <summary>One file as the screens show it: the slot's label and the indicator's name beside their codes.</summary>
    public sealed record EvidenceItem(
        Guid Id,
        EvidenceSlot Slot,
        string SlotLabel,
        int? IndicatorIndex,
        string? IndicatorName,
        string FileName,
        string ContentType,
        long Size,
        string Sha256,
        string UploadedById,
        string UploadedByName,
        string Href);

    /// <summary>A form's files, and whether more may be attached (the form is editable) within the limits.</summary>
    public sealed record EvidenceList(
        Guid EvaluationId, bool Editable, int MaxFilesPerForm, long MaxFileBytes, IReadOnlyList<EvidenceItem> Items);

    private static readonly string[] Types = [.. EvidenceType.All.Select(t => t.ContentType)];

    public static void MapEvidence(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<EvidenceLimits>();
        var group = app.MapGroup("/api/evaluations/{id:guid}/evidence").WithTags("Evidence");

        group.MapPost("/", Upload)
            .RequireAuthorization(Policies.Unit)
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUpload(limits.MaxFileBytes))
            .Produces<EvidenceItem>(StatusCodes.Status201Created)
            .ProducesProblems(400, 403, 404, 409, 412, 413, 415)
            .WithSummary("Attach a supporting file (multipart: 'file', 'slot' as Voucher|AcceptanceReport|SatisfactionSurvey|" +
                         "Minutes|Other or its Chinese label, optional 'indicatorIndex'); PDF, PNG, JPEG, docx, xlsx by content; " +
                         "Draft or RevisionRequested only (If-Match)");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<EvidenceList>()
            .ProducesProblems(404)
            .WithSummary("The form's supporting files, with slot labels and indicator names");
        group.MapGet("/{evidenceId:guid}", Download)
            .RequireAuthorization(Policies.Authenticated)
            .ProducesFile(Types)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblems(404)
            .WithSummary("Download one supporting file (its sniffed type, ETag = its SHA-256)");
        group.MapDelete("/{evidenceId:guid}", Remove)
            .RequireAuthorization(Policies.Unit)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .ProducesProblems(413)
            .WithSummary("Remove a supporting file (Draft or RevisionRequested; If-Match): the form no longer lists it and it " +
                         "no longer downloads; its attachment and SHA-256 stay in the history. Answers the form with its ETag");
    }

    private static async Task<IResult> Upload(
        Guid id, HttpContext http, EvaluationCommands commands, EvidenceFiles files, EvidenceLimits limits,
        InputLimits inputs, IQuerySession session, CancellationToken ct)
    {
        if (!ETags.TryReadIfMatch(http.Request, out var expected))
        {
            return Problems.StaleVersion(null);
        }

        var actor = http.User.ToActor();
        var current = await session.LoadAsync<Evaluation>(id, ct);
        if (current is null || !EvaluationAccess.CanRead(actor, current))
        {
            return Problems.NotFound();
        }

        var (upload, problem) = await EvidenceUpload.ReadAsync(http.Request, inputs, limits, ct);
        if (problem is not null)
        {
            return problem;
        }

        await using (upload)
        {
            if (Candidate(upload!, out var candidate) is { } invalid)
            {
                return invalid;
            }

            // Decided once on the state just read, so a refusal stores nothing, and again on the stream when appending.
            if (EvidenceDecisions.Attach(current, actor, candidate, limits).Error is { } refused)
            {
                return Problems.From(refused);
            }

            var staged = upload!.File!;
            staged.File.Position = 0;
            await files.InsertAsync(candidate.Id, id, staged.File, staged.Size, staged.Sha256, ct);
            CommandResult result;
            try
            {
                result = await commands.HandleAsync<Evaluation>(
                    id,
                    expected,
                    FormCommands.Write(http, actor),
                    state => EvaluationAccess.CanRead(actor, state)
                        ? EvidenceDecisions.Attach(state, actor, candidate, limits)
                        : EvaluationErrors.NotFound,
                    EvaluationErrors.NotFound,
                    ct);
            }
            catch
            {
                await files.DeleteAsync(candidate.Id);
                throw;
            }

            if (result.Outcome != CommandOutcome.Appended)
            {
                await files.DeleteAsync(candidate.Id);
                return result.ToHttp(http);
            }

            var after = (Evaluation)result.State!;
            ETags.Set(http.Response, after.Version);
            var stored = after.Evidence.Single(e => e.Id == candidate.Id);
            return Results.Created(Href(id, stored.Id), Item(after, stored));
        }
    }

    /// <summary>The reference the upload asks for, its type sniffed from the staged bytes; or the problem.</summary>
    private static IResult? Candidate(EvidenceUpload upload, out EvidenceRef candidate)
    {
        candidate = null!;
        if (upload.File is not { } file)
        {
            return Problems.From(EvidenceErrors.NoFile);
        }

        if (file.Size == 0)
        {
            return Problems.From(EvidenceErrors.Empty);
        }

        if (EvidenceSlots.Parse(upload.Field("slot")) is not { } slot)
        {
            return Problems.From(EvidenceErrors.UnknownSlot);
        }

        int? indicator = null;
        if (upload.Field("indicatorIndex") is { } text && !string.IsNullOrWhiteSpace(text))
        {
            if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
            {
                return Problems.From(EvidenceErrors.BadIndicatorIndex);
            }

            indicator = index;
        }

        file.File.Position = 0;
        if (EvidenceContent.Sniff(file.File) is not { } type)
        {
            var error = EvidenceErrors.UnsupportedType;
            return Problems.Create(StatusCodes.Status415UnsupportedMediaType, error.Code, error.MessageEn, error.Message,
                new Dictionary<string, object?> { ["accepted"] = Types });
        }

        candidate = new EvidenceRef(
            Guid.CreateVersion7(), slot, indicator, EvidenceFileNames.Sanitise(upload.FileName, type), type.ContentType,
            file.Size, file.Sha256, "", "");
        return null;
    }

    private static async Task<IResult> Remove(
        Guid id, Guid evidenceId, HttpContext http, EvaluationCommands commands, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        return await FormCommands.RunAsync(id, http, commands, actor, s => EvidenceDecisions.Remove(s, actor, evidenceId), ct);
    }

    private static async Task<IResult> List(
        Guid id, HttpContext http, IQuerySession session, EvidenceLimits limits, CancellationToken ct)
    {
        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (evaluation is null || !EvaluationAccess.CanRead(http.User.ToActor(), evaluation))
        {
            return Problems.NotFound();
        }

        return Results.Ok(new EvidenceList(
            id,
            EvaluationDecisions.IsEditable(evaluation.Status),
            limits.MaxFilesPerForm,
            limits.MaxFileBytes,
            [.. evaluation.Evidence.Select(e => Item(evaluation, e))]));
    }

    private static async Task<IResult> Download(
        Guid id, Guid evidenceId, HttpContext http, IQuerySession session, EvidenceFiles files, CancellationToken ct)
    {
        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (evaluation is null || !EvaluationAccess.CanRead(http.User.ToActor(), evaluation))
        {
            return Problems.NotFound();
        }

        if (evaluation.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence)
        {
            return Problems.From(EvidenceErrors.NotFound);
        }

        var etag = $"\"{evidence.Sha256}\"";
        if (http.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            http.Response.Headers.ETag = etag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return new FileFromDatabase(files, id, evidence, etag);
    }

    private static EvidenceItem Item(Evaluation evaluation, EvidenceRef e) => new(
        e.Id,
        e.Slot,
        EvidenceSlots.Label(e.Slot),
        e.IndicatorIndex,
        e.IndicatorIndex is { } i && i < evaluation.Form.Indicators.Count ? evaluation.Form.Indicators[i].Name : null,
        e.FileName,
        e.ContentType,
        e.Size,
        e.Sha256,
        e.UploadedById,
        e.UploadedByName,
        Href(evaluation.Id, e.Id));

    private static string Href(Guid evaluationId, Guid evidenceId) => $"/api/evaluations/{evaluationId}/evidence/{evidenceId}";

    /// <summary>
    /// The file streamed from the database into the response: the headers go out with the first bytes, as an
    /// attachment that browsers neither sniff nor render in the page's origin.
    /// </summary>
    private sealed class FileFromDatabase(EvidenceFiles files, Guid evaluationId, EvidenceRef evidence, string etag) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var response = http.Response;
            var found = await files.CopyToAsync(evidence.Id, evaluationId, () =>
            {
                response.ContentType = evidence.ContentType;
                response.ContentLength = evidence.Size;
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName(evidence.FileName);
                response.Headers.ContentDisposition = disposition.ToString();
                response.Headers.ETag = etag;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                response.Headers.CacheControl = "private, no-cache";
                return response.Body;
            }, http.RequestAborted);
            if (!found)
            {
                await Problems.From(EvidenceErrors.NotFound).ExecuteAsync(http);
            }
        }
    }
}
