using System.Text.Json;
using Microsoft.Extensions.Options;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// POST /api/evaluations/score-preview: the rule figures and findings of a form body without storing anything, so
/// the editor can show them beside the claimed figures while the unit types. Same rules and profile as intake.
/// A draft may still have blank cells (a new form has no project name yet): they do not stop the preview; they come
/// back as <c>incomplete</c> ({path, label, message}) for the editor to show beside the cells. Anything else that
/// makes the body unacceptable (a score out of range, a missing table) is a 400 validation problem as on save.
/// </summary>
public static class ScorePreviewEndpoint
{
    public static void MapScorePreview(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/evaluations/score-preview", Preview)
            .RequireAuthorization(Policies.Unit)
            .Produces<Scorecard>()
            .WithTags("Evaluations")
            .WithSummary("Score a form body by the rules without storing it (the editor's live figures, findings and blank cells)");

    private static IResult Preview(
        EvaluationForm? form, FormInputValidator limits, ScoringProfile profile, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        if (form is null)
        {
            return FormValidation.Problem(form, limits)!;
        }

        var fields = FormValidation.Fields(form, limits);
        if (fields.Any(f => !f.Blank))
        {
            return Problems.Validation(fields.Where(f => !f.Blank).Select(f => f.Error).ToList());
        }

        var answer = JsonSerializer.SerializeToNode(ScoringEngine.Score(form, profile), json.Value.SerializerOptions)!.AsObject();
        answer["incomplete"] = JsonSerializer.SerializeToNode(
            fields.Select(f => new Problems.FieldJson(f.Error.Path, f.Error.Label?.Text, f.Error.Message)).ToList(),
            json.Value.SerializerOptions);
        return Results.Ok(answer);
    }
}
