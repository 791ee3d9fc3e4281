using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Calendar;

/// <summary>What a fiscal year's deadlines must satisfy; errors by field name, each a sentence in Chinese and in English.</summary>
public static class CalendarValidation
{
    public const int MaxOffsetDays = 366;

    public static IDictionary<string, (string Zh, string En)> Errors(FiscalCalendar calendar)
    {
        var errors = new Dictionary<string, (string Zh, string En)>();
        if (!FiscalYears.IsAccepted(calendar.FiscalYear))
        {
            errors["year"] = ($"年度应为{FiscalYears.Expected}。", $"The year must be {FiscalYears.ExpectedEn}.");
        }

        // Self-evaluations cover a finished year, so they fall due after it ends.
        if (calendar.SelfEvaluationDue.Year <= calendar.FiscalYear)
        {
            errors["selfEvaluationDue"] = ("自评截止日期应在该年度结束之后。", "The self-evaluation due date must fall after the fiscal year ends.");
        }

        if (calendar.ReviewDue < calendar.SelfEvaluationDue)
        {
            errors["reviewDue"] = ("审核截止日期不得早于自评截止日期。", "The review due date must not be before the self-evaluation due date.");
        }

        var offsets = calendar.ReminderOffsetsDays;
        if (offsets.Any(o => o is < 0 or > MaxOffsetDays))
        {
            errors["reminderOffsetsDays"] = ($"每个提醒提前天数应在 0 到 {MaxOffsetDays} 之间。", $"Each reminder offset is 0 to {MaxOffsetDays} days.");
        }
        else if (offsets.Distinct().Count() != offsets.Count)
        {
            errors["reminderOffsetsDays"] = ("提醒提前天数不得重复。", "Reminder offsets must be distinct.");
        }
        else if (offsets.Count > 20)
        {
            errors["reminderOffsetsDays"] = ("提醒提前天数最多 20 个。", "At most 20 reminder offsets.");
        }

        MonitoringErrors(calendar, errors);
        if (!LocalDates.IsKnownTimeZone(calendar.TimeZone))
        {
            errors["timeZone"] = (
                $"未知的时区“{calendar.TimeZone}”，如 {FiscalCalendar.DefaultTimeZone}。",
                $"Unknown time zone '{calendar.TimeZone}'; e.g. {FiscalCalendar.DefaultTimeZone}.");
        }

        return errors;
    }

    /// <summary>A monitoring round is a cut-off month of the year and a due date after it, before the self-evaluations.</summary>
    private static void MonitoringErrors(FiscalCalendar calendar, Dictionary<string, (string Zh, string En)> errors)
    {
        if (calendar.MonitoringCutOffMonth is null != calendar.MonitoringDue is null)
        {
            errors["monitoringDue"] = ("监控截止月份与报送截止日期须同时设置。", "Set both the monitoring cut-off month and its due date, or neither.");
            return;
        }

        if (calendar.MonitoringCutOffMonth is not { } month || calendar.MonitoringDue is not { } due)
        {
            return;
        }

        if (month is < 1 or > 12)
        {
            errors["monitoringCutOffMonth"] = ("监控截止月份须为 1 到 12。", "The monitoring cut-off month is a month, 1 to 12.");
            return;
        }

        var monthEnd = new DateOnly(Math.Clamp(calendar.FiscalYear, 1, 9998), month, 1).AddMonths(1).AddDays(-1);
        if (due <= monthEnd || due >= calendar.SelfEvaluationDue)
        {
            errors["monitoringDue"] = (
                $"监控报送截止日期应在截止月份之后、自评截止日期之前（截止月份于 {monthEnd:yyyy-MM-dd} 结束）。",
                $"The monitoring due date must be after the cut-off month ends ({monthEnd:yyyy-MM-dd}) and before the self-evaluation due date.");
        }
    }
}
