using Marten;
using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Calendar;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Rectification;
using PerfEval.Platform.EventStore;

namespace PerfEval.Api.BudgetAdvice;

/// <summary>
/// Budget advice from results (结果应用, docs/domain-rules.md#budget-advice): each approved project of a year mapped to an
/// advice for next year's budget by the settings, a manager's overrides (events on the forms' streams), and the list as
/// .xlsx for the budget division.
/// </summary>
public static class BudgetAdviceEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record OverrideRequest(AdviceKind? Advice, decimal? CutPercent, string? Reason);

    /// <summary>The year's list with the settings it was computed with.</summary>
    public sealed record BudgetAdviceView(
        int FiscalYear, string? DepartmentId, decimal CutPercent, decimal DeviationThreshold, IReadOnlyList<BudgetAdviceRow> Rows);

    public static void MapBudgetAdvice(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/budget-advice/{year:int}").WithTags("Budget advice");
        group.MapGet("/", List)
            .RequireAuthorization(Policies.Manager)
            .Produces<BudgetAdviceView>()
            .ProducesProblems(400)
            .WithSummary("Each approved project of the year with its advice for next year's budget, computed and in force");
        group.MapPost("/{formId:guid}/override", Override)
            .RequireAuthorization(Policies.Manager)
            .WithIdempotencyKey()
            .AnswersFormCommand()
            .WithSummary("Override a project's advice with a reason {advice, cutPercent?, reason}; an event in the form's history");
        group.MapGet("/export", Export)
            .RequireAuthorization(Policies.Manager)
            .ProducesFile(XlsxType)
            .ProducesProblems(400)
            .WithSummary("The year's advice list as .xlsx for the budget division (format=xlsx)");
    }

    private static async Task<IResult> List(
        int year, string? departmentId, IQuerySession session, BudgetAdviceSettings settings, TimeProvider clock, CancellationToken ct)
    {
        if (Invalid(year, departmentId) is { } invalid)
        {
            return invalid;
        }

        var rows = await RowsAsync(session, year, departmentId, settings, clock, ct);
        return Results.Ok(new BudgetAdviceView(year, departmentId, settings.CutPercent, settings.DeviationThreshold, rows));
    }

    private static async Task<IResult> Export(
        int year, string? departmentId, string? format, IQuerySession session, BudgetAdviceSettings settings, TimeProvider clock,
        CancellationToken ct)
    {
        if (Invalid(year, departmentId) is { } invalid)
        {
            return invalid;
        }

        if (!string.Equals(format ?? "xlsx", "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Invalid("format", "只支持 xlsx。", "must be xlsx.");
        }

        var rows = await RowsAsync(session, year, departmentId, settings, clock, ct);
        return Results.File(BudgetAdviceWorkbook.ToBytes(year, rows), XlsxType, $"budget-advice-{year}.xlsx");
    }

    private static async Task<IResult> Override(
        int year, Guid formId, OverrideRequest? body, HttpContext http, IQuerySession session, EvaluationCommands commands,
        BudgetAdviceSettings settings, TimeProvider clock, CancellationToken ct)
    {
        if (body is null)
        {
            return Problems.From(new DomainError(ErrorKind.Invalid, "budget_advice.body_invalid",
                "请提交调整后的预算建议（advice）和理由（reason）。", "An advice and a reason are required.")
            { Field = "body" });
        }

        var notices = await NoticesAsync(session, year, ct);
        var today = Today(clock);
        var actor = http.User.ToActor();
        return await FormCommands.RunAsync(formId, http, commands, actor, form => OverrideAdvice.Decide(
            form, actor, year, BudgetAdviceList.Row(form, notices, today, settings).Computed.Kind, body.Advice, body.CutPercent,
            body.Reason, settings), ct);
    }

    private static IResult? Invalid(int year, string? departmentId)
    {
        if (!FiscalYears.IsAccepted(year))
        {
            return Problems.Invalid("year", $"应为{FiscalYears.Expected}。", $"must be {FiscalYears.ExpectedEn}.");
        }

        return departmentId is not null && !Limits.IsIdentifier(departmentId)
            ? Problems.InvalidIdentifier("departmentId")
            : null;
    }

    private static async Task<IReadOnlyList<BudgetAdviceRow>> RowsAsync(
        IQuerySession session, int year, string? departmentId, BudgetAdviceSettings settings, TimeProvider clock, CancellationToken ct)
    {
        var query = session.Query<Evaluation>().Where(e => e.FiscalYear == year
            && (e.Status == EvaluationStatus.Approved || e.Status == EvaluationStatus.Published));
        if (departmentId is not null)
        {
            query = query.Where(e => e.DepartmentId == departmentId);
        }

        var forms = await query.ToListAsync(ct);
        return BudgetAdviceList.Rows(forms, await NoticesAsync(session, year, ct), Today(clock), settings);
    }

    private static async Task<IReadOnlyList<RectificationNotice>> NoticesAsync(IQuerySession session, int year, CancellationToken ct) =>
        await session.Query<RectificationNotice>().Where(n => n.FiscalYear == year).ToListAsync(ct);

    private static DateOnly Today(TimeProvider clock) => LocalDates.In(FiscalCalendar.DefaultTimeZone, clock.GetUtcNow());
}
