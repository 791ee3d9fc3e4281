using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// The body of POST /api/evaluations: a whole form's JSON, or <c>{"targetId": "…"}</c> to start the form from the
/// project's approved targets. Read with the API's own JSON options; a body that is neither is a 400 as any
/// malformed JSON body is.
/// </summary>
public sealed record CreateDraftBody(EvaluationForm? Form, Guid? TargetId)
{
    public static async ValueTask<CreateDraftBody?> BindAsync(HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new BadHttpRequestException("The body must be JSON (Content-Type: application/json).", StatusCodes.Status415UnsupportedMediaType);
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("header", out _)
                && root.TryGetProperty("targetId", out var target))
            {
                return target.ValueKind == JsonValueKind.String && target.TryGetGuid(out var id)
                    ? new CreateDraftBody(null, id)
                    : throw new BadHttpRequestException("targetId must be the id of an approved target declaration (a UUID).");
            }

            return new CreateDraftBody(root.Deserialize<EvaluationForm>(options), null);
        }
        catch (JsonException malformed)
        {
            throw new BadHttpRequestException("The JSON body could not be read.", malformed);
        }
    }
}
