namespace PerfEval.Domain.Calendar;

/// <summary>
/// The deadlines of one fiscal year (docs/domain-rules.md#deadlines): when units must have reported mid-year monitoring
/// and submitted their self-evaluations, when reviewers must have finished, and how many days before a unit's
/// deadline it is reminded. Dates are
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
    /// The month mid-year monitoring (运行监控) runs to, e.g. 6 for the end of June; null when the year has no
    /// monitoring round.
    /// </summary>
    public int? MonitoringCutOffMonth { get; init; }

    /// <summary>When units must have reported monitoring up to <see cref="MonitoringCutOffMonth"/>.</summary>
    public DateOnly? MonitoringDue { get; init; }

    /// <summary>
    /// The self-evaluation reminder due on <paramref name="today"/>: the nearest offset whose day has come, up to the
    /// due date itself. A job that missed a day still sends the reminder the next day; the notification's
    /// deterministic id keeps it from being sent twice. Null when no reminder applies (too early, or past the due date).
    /// </summary>
    public int? ReminderOffsetOn(DateOnly today) => OffsetBefore(SelfEvaluationDue, today);

    /// <summary>The monitoring reminder due on <paramref name="today"/>, by the same offsets before <see cref="MonitoringDue"/>.</summary>
    public int? MonitoringReminderOffsetOn(DateOnly today) => MonitoringDue is { } due ? OffsetBefore(due, today) : null;

    private int? OffsetBefore(DateOnly due, DateOnly today)
    {
        if (today > due)
        {
            return null;
        }

        var daysLeft = due.DayNumber - today.DayNumber;
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
