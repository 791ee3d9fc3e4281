namespace PerfEval.LoadDriver;

/// <summary>
/// One submission's timestamps. The reviewer's poll may see the task before the submitter has read the submit
/// answer (both follow the same commit), so whichever side comes second completes the measurement.
/// </summary>
public sealed class SubmissionTrack(Unit unit, Draft draft)
{
    private readonly Lock gate = new();
    private long answeredAt;
    private long visibleAt;

    public Unit Unit { get; } = unit;
    public Draft Draft { get; } = draft;
    public bool Visible { get; private set; }

    /// <summary>Returns the submit-answer-to-visible interval once both are known.</summary>
    public long? Answered(long timestamp)
    {
        lock (gate)
        {
            answeredAt = timestamp;
            return visibleAt == 0 ? null : Math.Max(0, visibleAt - answeredAt);
        }
    }

    /// <summary>First sighting only; returns the interval once both are known.</summary>
    public long? Seen(long timestamp)
    {
        lock (gate)
        {
            if (Visible)
            {
                return null;
            }

            Visible = true;
            visibleAt = timestamp;
            return answeredAt == 0 ? null : Math.Max(0, visibleAt - answeredAt);
        }
    }
}
