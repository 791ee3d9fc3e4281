using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Report;
using PerfEval.Domain.Export;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// The written self-evaluation report (自评报告, docs/domain-rules.md#self-evaluation-report): the unit's text sections
/// (PUT, while the content may change) and the generated .docx (GET, for the form's readers).
/// </summary>
public static class SelfEvaluationReportEndpoints
{
    /// <summary>The four sections; a missing one is saved empty.</summary>
    public sealed record ReportSectionsInput(string? BasicInfo, string? GoalCompletion, string? DeviationAndImprovement, string? ResultUse);

    public static void MapSelfEvaluationReport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/evaluations/{id:guid}").WithTags("Evaluations");
        group.MapPut("/report-sections", Edit)
            .RequireAuthorization(Policies.Unit)
            .Accepts<ReportSectionsInput>("application/json")
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("Save the written report's text sections (basicInfo, goalCompletion, deviationAndImprovement, resultUse; " +
                         "Draft or RevisionRequested; If-Match)");
        group.MapGet("/report", Download)
            .RequireAuthorization(Policies.Authenticated)
            .ProducesFile(ReportDocx.ContentType)
            .ProducesProblems(400, 404)
            .WithSummary("Download the written self-evaluation report (自评报告) as .docx: the four sections and the form as a table");
    }

    private static async Task<IResult> Edit(
        Guid id, ReportSectionsInput? input, HttpContext http, EvaluationCommands commands, CancellationToken ct)
    {
        if (input is null)
        {
            return Problems.Invalid("body", "请提供自评报告的各部分文字。", "the report's sections are required.");
        }

        var sections = ReportSections.Of(input.BasicInfo, input.GoalCompletion, input.DeviationAndImprovement, input.ResultUse);
        var actor = http.User.ToActor();
        return await FormCommands.RunAsync(id, http, commands, actor, s => ReportDecisions.EditSections(s, actor, sections), ct);
    }

    private static async Task<IResult> Download(
        Guid id, string? format, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!string.Equals(format ?? "docx", "docx", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Invalid("format", "须为 docx。", "must be docx.");
        }

        var evaluation = await session.LoadAsync<Evaluation>(id, ct);
        if (evaluation is null || !EvaluationAccess.CanRead(http.User.ToActor(), evaluation))
        {
            return Problems.NotFound();
        }

        var name = string.Concat($"{evaluation.ProjectName}-{evaluation.FiscalYear}年度绩效自评报告"
            .Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsControl(c) ? '_' : c));
        return Results.File(ReportDocx.ToBytes(evaluation), ReportDocx.ContentType, name + ".docx");
    }
}
