using JasperFx.Events;

namespace PerfEval.Platform.EventStore;

public static class EventTime
{
    /// <summary>
    /// The time an event was recorded. With server-assigned timestamps an inline projection runs before the
    /// database has stamped the event, so the clock stands in for it there. Either is cut to PostgreSQL's
    /// microseconds, as the event's stored timestamp is: the documents' times are also columns the lists are ordered
    /// by (forms by created time, tasks by opened time), and a time finer in the JSON than in its column would let two
    /// forms of the same microsecond be listed in an order their times contradict.
    /// </summary>
    public static DateTimeOffset Of(IEvent e, TimeProvider clock) =>
        ToMicroseconds(e.Timestamp == default ? clock.GetUtcNow() : e.Timestamp);

    private static DateTimeOffset ToMicroseconds(DateTimeOffset time) =>
        time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMicrosecond));
}
