namespace PerfEval.Domain.Rectification;

/// <summary>
/// RECT-DEADLINE (docs/domain-rules.md#rectification): a notice waiting for the unit (Issued or Returned) is reminded
/// on the days its settings name before the deadline, and is overdue from the day after it. A notice waiting for a
/// reviewer is not the unit's to be late with: its review task has its own due date, escalated as every task's.
/// </summary>
public static class RectificationDeadline
{
    public static bool IsOverdue(RectificationNotice notice, DateOnly today) => notice.AwaitsUnit && today > notice.Deadline;

    /// <summary>The days before the deadline when today is a reminder day of <paramref name="offsets"/>, else null.</summary>
    public static int? ReminderOffset(RectificationNotice notice, DateOnly today, IReadOnlyCollection<int> offsets)
    {
        var days = notice.Deadline.DayNumber - today.DayNumber;
        return notice.AwaitsUnit && days >= 0 && offsets.Contains(days) ? days : null;
    }
}
