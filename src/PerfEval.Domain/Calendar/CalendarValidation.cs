using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Calendar;

/// <summary>What a fiscal year's deadlines must satisfy; errors by field name, for problem details.</summary>
public static class CalendarValidation
{
    public const int MaxOffsetDays = 366;

    public static IDictionary<string, string[]> Errors(FiscalCalendar calendar)
    {
        var errors = new Dictionary<string, string[]>();
        if (!FiscalYears.IsAccepted(calendar.FiscalYear))
        {
            errors["year"] = [FiscalYears.Range];
        }

        // Self-evaluations cover a finished year, so they fall due after it ends.
        if (calendar.SelfEvaluationDue.Year <= calendar.FiscalYear)
        {
            errors["selfEvaluationDue"] = ["Must fall after the fiscal year ends (自评截止日期应在该年度结束之后)."];
        }

        if (calendar.ReviewDue < calendar.SelfEvaluationDue)
        {
            errors["reviewDue"] = ["Must not be before selfEvaluationDue (审核截止日期不得早于自评截止日期)."];
        }

        var offsets = calendar.ReminderOffsetsDays;
        if (offsets.Any(o => o is < 0 or > MaxOffsetDays))
        {
            errors["reminderOffsetsDays"] = [$"Each offset is 0 to {MaxOffsetDays} days."];
        }
        else if (offsets.Distinct().Count() != offsets.Count)
        {
            errors["reminderOffsetsDays"] = ["Offsets must be distinct."];
        }
        else if (offsets.Count > 20)
        {
            errors["reminderOffsetsDays"] = ["At most 20 offsets."];
        }

        MonitoringErrors(calendar, errors);
        if (!LocalDates.IsKnownTimeZone(calendar.TimeZone))
        {
            errors["timeZone"] = [$"Unknown time zone '{calendar.TimeZone}'; e.g. {FiscalCalendar.DefaultTimeZone}."];
        }

        return errors;
    }

    /// <summary>A monitoring round is a cut-off month of the year and a due date after it, before the self-evaluations.</summary>
    private static void MonitoringErrors(FiscalCalendar calendar, Dictionary<string, string[]> errors)
    {
        if (calendar.MonitoringCutOffMonth is null != calendar.MonitoringDue is null)
        {
            errors["monitoringDue"] = ["Set both monitoringCutOffMonth and monitoringDue, or neither (监控截止月份与报送截止日期须同时设置)."];
            return;
        }

        if (calendar.MonitoringCutOffMonth is not { } month || calendar.MonitoringDue is not { } due)
        {
            return;
        }

        if (month is < 1 or > 12)
        {
            errors["monitoringCutOffMonth"] = ["A month, 1 to 12 (监控截止月份须为 1 到 12)."];
            return;
        }

        var monthEnd = new DateOnly(Math.Clamp(calendar.FiscalYear, 1, 9998), month, 1).AddMonths(1).AddDays(-1);
        if (due <= monthEnd || due >= calendar.SelfEvaluationDue)
        {
            errors["monitoringDue"] = [$"After the cut-off month ends ({monthEnd:yyyy-MM-dd}) and before selfEvaluationDue (监控报送截止日期应在截止月份之后、自评截止日期之前)."];
        }
    }
}
