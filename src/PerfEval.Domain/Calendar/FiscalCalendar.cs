namespace PerfEval.Domain.Calendar;

/// <summary>
/// The deadlines of one fiscal year (docs/domain-rules.md#deadlines): when units must have submitted their self-evaluations, when
/// reviewers must have finished, and how many days before the first deadline units are reminded. Dates are
/// calendar days in <see cref="TimeZone"/> (the finance bureau's, Asia/Shanghai).
/// </summary>
public sealed record FiscalCalendar
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    /// <summary>The fiscal year; also the document's id.</summary>
    public required int Id { get; init; }

    public required DateOnly SelfEvaluationDue { get; init; }
    public required DateOnly ReviewDue { get; init; }

    /// <summary>Days before <see cref="SelfEvaluationDue"/> on which units are reminded, e.g. 30, 14, 7, 1.</summary>
    public required IReadOnlyList<int> ReminderOffsetsDays { get; init; }

    public string TimeZone { get; init; } = DefaultTimeZone;

    public int FiscalYear => Id;

    /// <summary>
    /// The reminder due on <paramref name="today"/>: the nearest offset whose day has come, up to the due date
    /// itself. A job that missed a day still sends the reminder the next day; the notification's deterministic id
    /// keeps it from being sent twice. Null when no reminder applies (too early, or past the due date).
    /// </summary>
    public int? ReminderOffsetOn(DateOnly today)
    {
        if (today > SelfEvaluationDue)
        {
            return null;
        }

        var daysLeft = SelfEvaluationDue.DayNumber - today.DayNumber;
        var reached = ReminderOffsetsDays.Where(o => o >= daysLeft).ToList();
        return reached.Count == 0 ? null : reached.Min();
    }

    /// <summary>Whether a review task of this year is overdue today (<see cref="ReviewDeadline"/>).</summary>
    public bool IsReviewOverdue(DateOnly? taskDue, DateOnly today) => ReviewDeadline.IsOverdue(taskDue, ReviewDue, today);

    /// <summary>The calendar day in the calendar's time zone at an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => LocalDates.In(TimeZone, instant);
}

/// <summary>Calendar days of instants in a named time zone.</summary>
public static class LocalDates
{
    public static DateOnly In(string timeZone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime);

    public static bool IsKnownTimeZone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _);
}
