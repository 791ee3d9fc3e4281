using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// RECT-ACCEPT (docs/domain-rules.md#rectification): the reviewer holding the answer's task accepts it, with an optional
/// comment; the notice is closed.
/// </summary>
public static class AcceptAnswer
{
    public static Decision Decide(RectificationNotice state, Actor actor, string? comment)
    {
        if (RectificationTasks.Decides(state, actor) is { } refused)
        {
            return refused;
        }

        if (comment is not null && comment.Trim().Length > IssueNotice.MaxText)
        {
            return RectificationErrors.Invalid(
                "comment", $"审核意见不超过 {IssueNotice.MaxText} 字。", $"A comment of at most {IssueNotice.MaxText} characters.");
        }

        return Decision.Accept(new RectificationAccepted(
            state.Id, state.CurrentTask!.TaskId, state.Rounds[^1].Round,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), actor.Id, actor.Name));
    }
}
