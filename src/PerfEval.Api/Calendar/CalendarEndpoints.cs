using PerfEval.Api.Auth;
using PerfEval.Api.Http;
using PerfEval.Domain.Calendar;
using PerfEval.Platform.Calendar;

namespace PerfEval.Api.Calendar;

/// <summary>The deadlines of a fiscal year (docs/domain-rules.md#deadlines): anyone signed in reads them, admins set them.</summary>
public static class CalendarEndpoints
{
    public sealed record CalendarInput(
        DateOnly? SelfEvaluationDue,
        DateOnly? ReviewDue,
        IReadOnlyList<int>? ReminderOffsetsDays,
        string? TimeZone,
        int? MonitoringCutOffMonth = null,
        DateOnly? MonitoringDue = null);

    public sealed record CalendarView(
        int FiscalYear,
        DateOnly SelfEvaluationDue,
        DateOnly ReviewDue,
        IReadOnlyList<int> ReminderOffsetsDays,
        string TimeZone,
        int? MonitoringCutOffMonth,
        DateOnly? MonitoringDue)
    {
        public static CalendarView Of(FiscalCalendar c) =>
            new(c.FiscalYear, c.SelfEvaluationDue, c.ReviewDue, c.ReminderOffsetsDays, c.TimeZone, c.MonitoringCutOffMonth, c.MonitoringDue);
    }

    public static readonly IReadOnlyList<int> DefaultOffsets = [30, 14, 7, 1];

    public static void MapCalendar(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");
        group.MapGet("/{year:int}", Get)
            .RequireAuthorization(Policies.Authenticated)
            .Produces<CalendarView>()
            .ProducesProblems(400, 404)
            .WithSummary("The fiscal year's due dates and reminder offsets");
        group.MapPut("/{year:int}", Put)
            .RequireAuthorization(Policies.Admin)
            .Produces<CalendarView>()
            .WithSummary("Set the fiscal year's due dates (self-evaluation, review, and optionally the monitoring cut-off month " +
                         "and its due date) and the reminder offsets (days before a unit's due date)");
    }

    private static async Task<IResult> Get(int year, FiscalCalendars calendars, CancellationToken ct) =>
        await calendars.ForYearAsync(year, ct) is { } calendar
            ? Results.Ok(CalendarView.Of(calendar))
            : Problems.Create(StatusCodes.Status404NotFound, "calendar.not_found",
                $"No calendar is set for fiscal year {year}.", $"{year} 年度尚未设置截止日期。");

    private static async Task<IResult> Put(int year, CalendarInput? input, FiscalCalendars calendars, CancellationToken ct)
    {
        var missing = new Dictionary<string, (string Zh, string En)>();
        if (input?.SelfEvaluationDue is null)
        {
            missing["selfEvaluationDue"] = ("请填写自评截止日期（yyyy-MM-dd）。", "The self-evaluation due date is required (yyyy-MM-dd).");
        }

        if (input?.ReviewDue is null)
        {
            missing["reviewDue"] = ("请填写审核截止日期（yyyy-MM-dd）。", "The review due date is required (yyyy-MM-dd).");
        }

        if (missing.Count > 0)
        {
            return Problems.Validation(missing);
        }

        var calendar = new FiscalCalendar
        {
            Id = year,
            SelfEvaluationDue = input!.SelfEvaluationDue!.Value,
            ReviewDue = input.ReviewDue!.Value,
            ReminderOffsetsDays = (input.ReminderOffsetsDays ?? DefaultOffsets).OrderByDescending(o => o).ToList(),
            TimeZone = string.IsNullOrWhiteSpace(input.TimeZone) ? FiscalCalendar.DefaultTimeZone : input.TimeZone,
            MonitoringCutOffMonth = input.MonitoringCutOffMonth,
            MonitoringDue = input.MonitoringDue,
        };
        if (CalendarValidation.Errors(calendar) is { Count: > 0 } errors)
        {
            return Problems.Validation(errors);
        }

        await calendars.SaveAsync(calendar, ct);
        return Results.Ok(CalendarView.Of(calendar));
    }
}
