namespace PerfEval.LoadDriver;

/// <summary>
/// One submission's timestamps. The reviewer's poll may see the task before the submitter has read the submit
/// answer (both follow the same commit), so whichever side comes second completes the measurement.
/// </summary>
public sealed class SubmissionTrack(Unit unit, Draft draft)
{
    private readonly Lock _gate = new();
    private long _answeredAt;
    private long _visibleAt;

    public Unit Unit { get; } = unit;
    public Draft Draft { get; } = draft;
    public bool Visible { get; private set; }

    /// <summary>Returns the submit-answer-to-visible interval once both are known.</summary>
    public long? Answered(long timestamp)
    {
        lock (_gate)
        {
            _answeredAt = timestamp;
            return _visibleAt == 0 ? null : Math.Max(0, _visibleAt - _answeredAt);
        }
    }

    /// <summary>First sighting only; returns the interval once both are known.</summary>
    public long? Seen(long timestamp)
    {
        lock (_gate)
        {
            if (Visible)
            {
                return null;
            }

            Visible = true;
            _visibleAt = timestamp;
            return _answeredAt == 0 ? null : Math.Max(0, _visibleAt - _answeredAt);
        }
    }
}
