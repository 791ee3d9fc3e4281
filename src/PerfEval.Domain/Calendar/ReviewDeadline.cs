namespace PerfEval.Domain.Calendar;

/// <summary>
/// When a review task is overdue (docs/domain-rules.md#deadlines): from the day after its due date, its own or else
/// the year's review due date. The escalation job, the yearly workload figures and the calendar all ask here.
/// </summary>
public static class ReviewDeadline
{
    /// <summary>The due date the task has missed by today, or null when it is not overdue (or has no due date).</summary>
    public static DateOnly? MissedDueDate(DateOnly? taskDue, DateOnly? yearDue, DateOnly today) =>
        (taskDue ?? yearDue) is { } due && today > due ? due : null;

    public static bool IsOverdue(DateOnly? taskDue, DateOnly? yearDue, DateOnly today) =>
        MissedDueDate(taskDue, yearDue, today) is not null;
}
