using JasperFx.Events;
using Marten.Events.Aggregation;
using PerfEval.Domain.Common;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// A stream's current state as an inline snapshot, so the API reads its own writes. The folding is the domain's pure
/// evolution; this adds the stream's version and times, and the last event's link in the chain (its header, set by
/// <see cref="EvaluationCommands"/>), which the next append continues from without reading the stream. It takes only its own stream's event types: another kind of
/// stream's write neither loads nor writes a snapshot of this kind (without the list, each would read one, by an id
/// no document of this kind has).
/// </summary>
public abstract class SnapshotProjection<T> : SingleStreamProjection<T, Guid>
    where T : class, IStreamSnapshot<T>
{
    private readonly TimeProvider _clock;
    private readonly Func<T?, object, T?> _evolve;

    protected SnapshotProjection(TimeProvider clock, IEnumerable<Type> eventTypes, Func<T?, object, T?> evolve)
    {
        _clock = clock;
        _evolve = evolve;
        foreach (var type in eventTypes)
        {
            IncludeType(type);
        }
    }

    public override T? Evolve(T? snapshot, Guid id, IEvent e)
    {
        var next = _evolve(snapshot, e.Data);
        var link = EventLinks.Of(e);
        if (next is null || ReferenceEquals(next, snapshot))
        {
            return snapshot?.AtVersion(e.Version, snapshot.CreatedAt, snapshot.UpdatedAt, link);
        }

        var at = EventTime.Of(e, _clock);
        return next.AtVersion(e.Version, snapshot?.CreatedAt ?? at, at, link);
    }
}
