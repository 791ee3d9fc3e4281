using JasperFx.Events;

namespace PerfEval.Platform.EventStore;

public static class EventTime
{
    /// <summary>
    /// The time an event was recorded. With server-assigned timestamps an inline projection runs before the
    /// database has stamped the event, so the clock stands in for it there.
    /// </summary>
    public static DateTimeOffset Of(IEvent e, TimeProvider clock) =>
        e.Timestamp == default ? clock.GetUtcNow() : e.Timestamp;
}
