using JasperFx.Events;
using Marten.Events.Aggregation;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The form's current state as an inline snapshot, so the API reads its own writes. The folding itself is the
/// domain's pure <see cref="EvaluationEvolution"/>; this class only adds the stream's version and times.
/// </summary>
public sealed class EvaluationProjection : SingleStreamProjection<Evaluation, Guid>
{
    /// <summary>Only a form's event types: a target declaration's write neither loads nor writes a form snapshot.</summary>
    public EvaluationProjection(TimeProvider clock)
    {
        _clock = clock;
        foreach (var type in IFormEvent.Types)
        {
            IncludeType(type);
        }
    }

    private readonly TimeProvider _clock;

    public override Evaluation? Evolve(Evaluation? snapshot, Guid id, IEvent e)
    {
        var next = EvaluationEvolution.Evolve(snapshot, e.Data);
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
