using PerfEval.Api.Auth;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// POST /api/evaluations/score-preview: the rule figures and findings of a form body without storing anything, so
/// the editor can show them beside the claimed figures while the unit types. Same rules and profile as intake.
/// </summary>
public static class ScorePreviewEndpoint
{
    public static void MapScorePreview(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/evaluations/score-preview", Preview)
            .RequireAuthorization(Policies.Unit)
            .Produces<Domain.Scoring.Scorecard>()
            .WithTags("Evaluations")
            .WithSummary("Score a form body by the rules without storing it (the editor's live figures and findings)");

    private static IResult Preview(EvaluationForm? form, FormInputValidator limits, ScoringProfile profile) =>
        FormValidation.Problem(form, limits) ?? Results.Ok(ScoringEngine.Score(form!, profile));
}
