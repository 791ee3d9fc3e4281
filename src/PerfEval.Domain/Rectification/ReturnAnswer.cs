using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// RECT-RETURN (docs/domain-rules.md#rectification): the reviewer holding the answer's task returns it with a reason;
/// the unit answers again by the notice's deadline, or by a new one given with the return (after today, within a year).
/// </summary>
public static class ReturnAnswer
{
    public static Decision Decide(RectificationNotice state, Actor actor, string? reason, DateOnly? newDeadline, DateOnly today)
    {
        if ((RectificationTasks.Decides(state, actor)
             ?? ReviewerRules.RequiredText(reason, "reason", IssueNotice.MaxText)) is { } refused)
        {
            return refused;
        }

        if (newDeadline is not null && IssueNotice.Deadline(newDeadline, today) is { } late)
        {
            return late;
        }

        return Decision.Accept(new RectificationReturned(
            state.Id, state.CurrentTask!.TaskId, state.Rounds[^1].Round, reason!.Trim(), newDeadline ?? state.Deadline,
            actor.Id, actor.Name));
    }
}
