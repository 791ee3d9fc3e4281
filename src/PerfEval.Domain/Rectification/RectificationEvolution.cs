using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// Folds a rectification notice's events into its state. Pure: no clock, no I/O. The review task's status comes from
/// <see cref="FormStatus.TaskAfter"/>, the same fold as every other review task.
/// </summary>
public static class RectificationEvolution
{
    public static RectificationNotice? Evolve(RectificationNotice? state, object @event)
    {
        if (state is null)
        {
            return @event is RectificationIssued i
                ? new RectificationNotice
                {
                    Id = i.RectificationId,
                    UnitId = i.UnitId,
                    DepartmentId = i.DepartmentId,
                    FiscalYear = i.FiscalYear,
                    EvaluationId = i.EvaluationId,
                    Subject = i.Subject,
                    UnitName = i.UnitName,
                    Problems = i.Problems,
                    Requirement = i.Requirement,
                    Deadline = i.Deadline,
                    IssuedById = i.IssuedById,
                    IssuedByName = i.IssuedByName,
                    FormKind = i.EvaluationId is null ? null : i.FormKind ?? Forms.FormKind.Project,
                    Status = RectificationStatus.Issued,
                }
                : null;
        }

        var next = Apply(state, @event);
        return FormStatus.TaskAfter(next.CurrentTask?.Status, @event) is { } taskStatus
               && next.CurrentTask is { } task && task.Status != taskStatus
            ? next with { CurrentTask = task with { Status = taskStatus } }
            : next;
    }

    private static RectificationNotice Apply(RectificationNotice state, object @event) => @event switch
    {
        RectificationAnswered e => state with
        {
            Status = RectificationStatus.Answered,
            Rounds = [.. state.Rounds, new RectificationRound(e.Round, e.Measures, e.Evidence, e.AnsweredByName)],
        },
        RectificationReviewOpened e => state with { CurrentTask = new ReviewTaskRef(e.TaskId, e.Round, e.DueDate) },
        RectificationReviewClaimed e => state with
        {
            Status = RectificationStatus.InReview,
            CurrentTask = state.CurrentTask! with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName },
        },
        RectificationReviewReleased => state with
        {
            Status = RectificationStatus.Answered,
            CurrentTask = state.CurrentTask! with { AssigneeId = null, AssigneeName = null },
        },
        RectificationAccepted e => Decided(state, e.Round, RoundOutcome.Accepted, e.Comment, e.ReviewerName) with
        {
            Status = RectificationStatus.Accepted,
        },
        RectificationReturned e => Decided(state, e.Round, RoundOutcome.Returned, e.Reason, e.ReviewerName) with
        {
            Status = RectificationStatus.Returned,
            Deadline = e.Deadline,
        },
        _ => state,
    };

    private static RectificationNotice Decided(
        RectificationNotice state, int round, RoundOutcome outcome, string? remark, string by) => state with
        {
            Rounds = [.. state.Rounds.Select(r => r.Round == round ? r with { Outcome = outcome, Remark = remark, DecidedByName = by } : r)],
        };
}
