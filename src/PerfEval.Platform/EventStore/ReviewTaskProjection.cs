using System.Text.Json;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Marten.Schema;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// The reviewers' queue: one document per review task, keyed by task id, from the events of form, target and
/// rectification streams. Inline, so that a claim or release is visible to the reviewer who made it at once;
/// rebuildable from the events. An opening event stores the entry; a later one merges the members it changes
/// (<see cref="ReviewTaskChange"/>) into the stored entry with one statement in the command's own batch, so a claim
/// or an approval neither reads the entry first nor rewrites it whole.
/// </summary>
internal sealed partial class ReviewTaskProjection : EventProjection
{
    private readonly TimeProvider _clock;
    private string? _update;

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
                    Merge(operations, assigned.TaskId, assigned.Status, new()
                    {
                        [Member(nameof(ReviewTask.AssigneeId))] = assigned.AssigneeId,
                        [Member(nameof(ReviewTask.AssigneeName))] = assigned.AssigneeName,
                    });
                    break;
                case ReviewTaskChange.Ended ended:
                    Merge(operations, ended.TaskId, ended.Status, new()
                    {
                        [Member(nameof(ReviewTask.Outcome))] = ended.Outcome,
                        [Member(nameof(ReviewTask.DoneAt))] = ended.At,
                    });
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Merges the members into the stored entry's JSON (written by the store's serializer, as the entry was) and sets
    /// the status both there and in its indexed column. An entry that does not exist stays absent.
    /// </summary>
    private void Merge(IDocumentOperations operations, Guid taskId, ReviewTaskStatus status, Dictionary<string, object?> members)
    {
        members[Member(nameof(ReviewTask.Status))] = status;
        var json = operations.DocumentStore.Options.Serializer().ToJson(members);
        operations.QueueSqlCommand(_update ??= UpdateSql(operations.DocumentStore.Options), json, status.ToString(), taskId);
    }

    /// <summary>
    /// The statement, from the entry's table and indexed columns. Of the members a later event changes, only the
    /// status has a column (<see cref="ReadModelIndexes"/>); a column of another of them would go stale, so it is refused.
    /// </summary>
    private static string UpdateSql(IReadOnlyStoreOptions options)
    {
        var mapping = (DocumentMapping)options.FindOrResolveDocumentType(typeof(ReviewTask));
        var changed = new[] { nameof(ReviewTask.AssigneeId), nameof(ReviewTask.AssigneeName), nameof(ReviewTask.Outcome), nameof(ReviewTask.DoneAt) };
        if (mapping.DuplicatedFields.FirstOrDefault(f => changed.Contains(f.MemberName, StringComparer.OrdinalIgnoreCase)) is { } stale)
        {
            throw new InvalidOperationException($"The review queue's merge does not refresh the column of {stale.MemberName}.");
        }

        var status = mapping.DuplicatedFields.Single(f => string.Equals(f.MemberName, nameof(ReviewTask.Status), StringComparison.OrdinalIgnoreCase)).ColumnName;
        return $"update {mapping.TableName.QualifiedName} set data = data || ?::jsonb, {status} = ?, " +
            "mt_last_modified = transaction_timestamp() where id = ?";
    }

    private static string Member(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
