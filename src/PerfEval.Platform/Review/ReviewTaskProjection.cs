using JasperFx.Events;
using Marten.Events.Projections;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Review;
using PerfEval.Platform.EventStore;

namespace PerfEval.Platform.Review;

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
        Identity<ReviewTaskOpened>(e => e.TaskId);
        Identity<ReviewTaskClaimed>(e => e.TaskId);
        Identity<ReviewTaskReleased>(e => e.TaskId);
        Identity<RevisionRequested>(e => e.TaskId);
        Identity<EvaluationApproved>(e => e.TaskId);
        Identity<EvaluationRejected>(e => e.TaskId);
    }

    public override ReviewTask? Evolve(ReviewTask? snapshot, Guid id, IEvent e) =>
        ReviewTaskEvolution.Evolve(snapshot, e.Data, EventTime.Of(e, _clock));
}
