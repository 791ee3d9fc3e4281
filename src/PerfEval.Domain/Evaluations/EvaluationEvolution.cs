using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// Folds a form's events into its state. Pure: no clock, no I/O. The statuses come from <see cref="FormStatus"/>;
/// this adds what each event carries.
/// </summary>
public static class EvaluationEvolution
{
    public static Evaluation? Evolve(Evaluation? state, object @event)
    {
        if (state is null)
        {
            return Start(@event);
        }

        if (@event is RecheckTaskOpened or RecheckTaskClaimed or RecheckTaskReleased or RecheckTaskCompleted)
        {
            return ApplyRecheckTask(state, @event);
        }

        var next = Apply(state, @event);
        var status = FormStatus.After(state.Status, @event);
        var taskStatus = FormStatus.TaskAfter(next.CurrentTask?.Status, @event);
        return status == next.Status && taskStatus == next.CurrentTask?.Status
            ? next
            : next with
            {
                Status = status,
                CurrentTask = next.CurrentTask is { } task && taskStatus is { } s ? task with { Status = s } : next.CurrentTask,
            };
    }

    private static Evaluation Apply(Evaluation state, object @event) => @event switch
    {
        EvaluationContentReplaced e => state with { Form = e.Form, FiscalYear = e.Form.Header.FiscalYear },
        EvaluationSubmitted e => state with
        {
            Submissions = e.Submission,
            Rechecks = [],
            FinalTotal = null,
            FinalGrade = null,
            RejectionReason = null,
        },
        EvaluationScored e => state with { Scorecard = e.Scorecard, ScoredSubmission = e.Submission },
        ReviewTaskOpened e => state with { CurrentTask = new ReviewTaskRef(e.TaskId, e.Submission, e.DueDate) },
        ReviewTaskClaimed e => state with
        {
            CurrentTask = state.CurrentTask! with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName },
        },
        ReviewTaskReleased => state with
        {
            CurrentTask = state.CurrentTask! with { AssigneeId = null, AssigneeName = null },
        },
        ReviewCommentAdded e => state with
        {
            Comments = [.. state.Comments, new ReviewComment(
                e.CommentId, state.Submissions, e.Text, e.IndicatorIndex, e.ReviewerId, e.ReviewerName)],
        },
        ScoreAdjusted e => state with { Rechecks = [.. state.Rechecks.Where(r => r.Target != e.Target), RecheckEntry.From(e)] },
        RecheckRecorded e => state with { Rechecks = [.. state.Rechecks.Where(r => r.Target != e.Target), RecheckEntry.From(e)] },
        RecheckWithdrawn e => state with { Rechecks = [.. state.Rechecks.Where(r => r.Target != e.Target)] },
        RevisionRequested e => state with { RevisionReasons = e.Reasons },
        EvidenceAttached e => state with { Evidence = [.. state.Evidence, e.Evidence] },
        EvidenceRemoved e => state with
        {
            Evidence = [.. state.Evidence.Where(x => x.Id != e.EvidenceId)],
            RemovedEvidenceIds = [.. state.RemovedEvidenceIds, e.EvidenceId],
        },
        Report.ReportSectionsEdited e => state with { ReportSections = e.Sections },
        EvaluationApproved e => state with { FinalTotal = e.FinalTotal, FinalGrade = e.FinalGrade },
        EvaluationRejected e => state with { RejectionReason = e.Reason },
        EvaluationReopened e => state with { RevisionReasons = [e.Reason], FinalTotal = null, FinalGrade = null, AdviceOverride = null },
        BudgetAdviceOverridden e => state with { AdviceOverride = new AdviceOverride(e.Advice, e.CutPercent, e.Reason, e.ManagerName) },
        _ => state,
    };

    /// <summary>A re-check task's events change only the re-check task, never the form's status or review task.</summary>
    private static Evaluation ApplyRecheckTask(Evaluation state, object @event)
    {
        var next = @event switch
        {
            RecheckTaskOpened e => state with
            {
                RecheckTask = new RecheckTaskRef(e.DrawId, new ReviewTaskRef(e.TaskId, e.Submission, e.DueDate)),
            },
            RecheckTaskClaimed e when state.RecheckTask is { } r => state with
            {
                RecheckTask = r with { Task = r.Task with { AssigneeId = e.ReviewerId, AssigneeName = e.ReviewerName } },
            },
            RecheckTaskReleased when state.RecheckTask is { } r => state with
            {
                RecheckTask = r with { Task = r.Task with { AssigneeId = null, AssigneeName = null } },
            },
            _ => state,
        };
        return next.RecheckTask is { } task && FormStatus.TaskAfter(task.Task.Status, @event) is { } status
            ? next with { RecheckTask = task with { Task = task.Task with { Status = status } } }
            : next;
    }

    private static Evaluation? Start(object @event) => @event is EvaluationDrafted e
        ? new Evaluation
        {
            Id = e.EvaluationId,
            UnitId = e.UnitId,
            DepartmentId = e.DepartmentId,
            FiscalYear = e.Form.Header.FiscalYear,
            Form = e.Form,
            Status = EvaluationStatus.Draft,
            Source = e.Source,
            FromTargets = e.FromTargets,
        }
        : null;
}
