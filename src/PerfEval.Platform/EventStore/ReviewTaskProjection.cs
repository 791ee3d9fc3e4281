using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The reviewers' queue: one document per review task, keyed by task id, from the events of form, target and
/// rectification streams. Inline, so that a claim or release is visible to the reviewer who made it at once;
/// rebuildable from the events. An opening event stores the entry; a later one updates only the members it changes
/// (<see cref="ReviewTaskChange"/>), in the command's own batch, so a claim or an approval does not read the entry
/// before writing it.
/// </summary>
internal sealed partial class ReviewTaskProjection : EventProjection
{
    private readonly TimeProvider _clock;

    public ReviewTaskProjection(TimeProvider clock)
    {
        _clock = clock;
        IncludeType<IReviewTaskEvent>();
    }

    public override ValueTask ApplyAsync(IDocumentOperations operations, IEvent e, CancellationToken cancellation)
    {
        if (e.Data is IReviewTaskEvent task)
        {
            switch (ReviewTaskEvolution.ChangeOf(task, EventTime.Of(e, _clock)))
            {
                case ReviewTaskChange.Opened opened:
                    operations.Store(opened.Task);
                    break;
                case ReviewTaskChange.Assigned assigned:
                    operations.Patch<ReviewTask>(assigned.TaskId)
                        .Set(x => x.Status, assigned.Status)
                        .Set(x => x.AssigneeId, assigned.AssigneeId)
                        .Set(x => x.AssigneeName, assigned.AssigneeName);
                    break;
                case ReviewTaskChange.Ended ended:
                    operations.Patch<ReviewTask>(ended.TaskId)
                        .Set(x => x.Status, ended.Status)
                        .Set(x => x.Outcome, ended.Outcome)
                        .Set(x => x.DoneAt, ended.At);
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }
}
