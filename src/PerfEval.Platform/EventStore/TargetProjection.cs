using JasperFx.Events;
using Marten.Events.Aggregation;
using PerfEval.Domain.Targets;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// A target declaration's current state as an inline snapshot, so the API reads its own writes. The folding is the
/// domain's pure <see cref="TargetEvolution"/>; this adds the stream's version and times.
/// </summary>
public sealed class TargetProjection : SingleStreamProjection<TargetDeclaration, Guid>
{
    private readonly TimeProvider _clock;

    /// <summary>
    /// Only a declaration's event types: a form's write neither loads nor writes a declaration snapshot (without the
    /// list, each would read one, by an id no declaration has).
    /// </summary>
    public TargetProjection(TimeProvider clock)
    {
        _clock = clock;
        foreach (var type in ITargetEvent.Types)
        {
            IncludeType(type);
        }
    }

    public override TargetDeclaration? Evolve(TargetDeclaration? snapshot, Guid id, IEvent e)
    {
        var next = TargetEvolution.Evolve(snapshot, e.Data);
        if (next is null || ReferenceEquals(next, snapshot))
        {
            return snapshot is null ? null : snapshot with { Version = e.Version };
        }

        var at = EventTime.Of(e, _clock);
        return next with
        {
            Version = e.Version,
            CreatedAt = snapshot?.CreatedAt ?? at,
            UpdatedAt = at,
        };
    }
}
