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

        if (!LocalDates.IsKnownTimeZone(calendar.TimeZone))
        {
            errors["timeZone"] = [$"Unknown time zone '{calendar.TimeZone}'; e.g. {FiscalCalendar.DefaultTimeZone}."];
        }

        return errors;
    }
}
