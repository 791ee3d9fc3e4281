using JasperFx.Events;
using Marten.Events.Projections;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The reviewers' queue: one document per review task, keyed by task id, folded from the form streams.
/// Inline, so that a claim or release is visible to the reviewer who made it at once; rebuildable from the events.
/// </summary>
public sealed class ReviewTaskProjection : MultiStreamProjection<ReviewTask, Guid>
{
    private readonly TimeProvider _clock;

    public ReviewTaskProjection(TimeProvider clock)
    {
        _clock = clock;
        Identity<IReviewTaskEvent>(e => e.TaskId);
    }

    public override ReviewTask? Evolve(ReviewTask? snapshot, Guid id, IEvent e) =>
        e.Data is IReviewTaskEvent task ? ReviewTaskEvolution.Evolve(snapshot, task, EventTime.Of(e, _clock)) : snapshot;
}
