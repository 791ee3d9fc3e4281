namespace PerfEval.Domain.Rectification;

/// <summary>The settings of rectification notices, bound from the "Rectification" section.</summary>
public sealed class RectificationSettings
{
    public const string Section = "Rectification";

    public static RectificationSettings Default { get; } = new();

    /// <summary>The days before a notice's deadline on which its unit is reminded (RECT-DEADLINE).</summary>
    public int[] ReminderDaysBefore { get; set; } = [3, 1];

    /// <summary>Days a reviewer has for an answer: its review task's due date is this many days after the answer.</summary>
    public int ReviewDays { get; set; } = 10;
}
