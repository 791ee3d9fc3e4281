using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Targets;

/// <summary>
/// The decisions of a target declaration's lifecycle (docs/domain-rules.md#targets): declare, revise, submit, the
/// finance bureau's review with a grade, adjustments after approval, and mid-year monitoring. Pure functions:
/// command + current state → events, or a refusal.
/// </summary>
public static class TargetDecisions
{
    public const int MaxTextLength = ReviewDecisions.MaxTextLength;

    /// <summary>The review grades of targets, best first.</summary>
    public static IReadOnlyList<string> Grades { get; } = ["优", "良", "中", "差"];

    /// <summary>Declares a project's targets; the stream id is <see cref="TargetIds.For"/> of the unit, year and project.</summary>
    public static Decision Draft(TargetDeclaration? existing, Guid targetId, Actor actor, TargetContent content, string source)
    {
        if (!actor.IsUnit || actor.UnitId is null)
        {
            return TargetErrors.OnlyUnitsDeclare;
        }

        if (actor.DepartmentIds.Count != 1)
        {
            return EvaluationErrors.UnitWithoutDepartment;
        }

        return existing is not null
            ? TargetErrors.AlreadyDeclared
            : Decision.Accept(new TargetsDrafted(targetId, actor.UnitId, actor.DepartmentIds.First(), content, source));
    }

    public static Decision ReplaceContent(TargetDeclaration state, Actor actor, TargetContent content)
    {
        if (Editable(state, actor) is { } refused)
        {
            return refused;
        }

        return SameIdentity(state.Content, content)
            ? Decision.Accept(new TargetsContentReplaced(state.Id, content))
            : TargetErrors.IdentityChanged;
    }

    /// <summary>Submits the declaration with the checks' findings and opens its review task.</summary>
    public static Decision Submit(
        TargetDeclaration state, Actor actor, IReadOnlyList<Finding> findings, DateOnly? dueDate)
    {
        if (Editable(state, actor) is { } refused)
        {
            return refused;
        }

        var submission = state.Submissions + 1;
        return Decision.Accept(
            new TargetsSubmitted(state.Id, submission, findings),
            Opened(state, ReviewTaskKind.Targets, submission, $"submission:{submission}", dueDate));
    }

    public static Decision Claim(TargetDeclaration state, Actor actor, Guid taskId) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId)
        ?? ReviewerRules.Claimable(actor, state.CurrentTask, taskId)
        ?? Decision.Accept(new TargetReviewClaimed(taskId, state.Id, actor.Id, actor.Name));

    public static Decision Release(TargetDeclaration state, Actor actor, Guid taskId)
    {
        if (state.CurrentTask is not { } task || task.TaskId != taskId)
        {
            return ReviewErrors.TaskNotCurrent;
        }

        return Holds(state, actor)
            ?? Decision.Accept(new TargetReviewReleased(taskId, state.Id, actor.Id));
    }

    public static Decision Comment(TargetDeclaration state, Actor actor, string? text, int? indicatorIndex)
    {
        if ((Holds(state, actor) ?? ReviewerRules.RequiredText(text, "text", MaxTextLength)) is { } refused)
        {
            return refused;
        }

        if (indicatorIndex is { } i && (i < 0 || i >= state.Content.Indicators.Count))
        {
            return TargetErrors.Invalid(
                "review.no_such_indicator", $"绩效目标没有第 {i} 项指标。", $"The declaration has no indicator {i}.");
        }

        return Decision.Accept(new TargetCommentAdded(
            state.Id, state.CurrentTask!.TaskId, Guid.CreateVersion7(), text!.Trim(), indicatorIndex, actor.Id, actor.Name));
    }

    public static Decision RequestRevision(TargetDeclaration state, Actor actor, IReadOnlyList<string>? reasons)
    {
        if (ReviewsDeclaration(state, actor) is { } refused)
        {
            return refused;
        }

        var (cleaned, invalid) = ReviewerRules.Reasons(reasons, ReviewDecisions.MaxReasons, MaxTextLength);
        return invalid ?? Decision.Accept(new TargetRevisionRequested(state.Id, state.CurrentTask!.TaskId, cleaned!, actor.Id));
    }

    public static Decision Approve(TargetDeclaration state, Actor actor, string? grade)
    {
        if (ReviewsDeclaration(state, actor) is { } refused)
        {
            return refused;
        }

        return grade is not null && Grades.Contains(grade.Trim())
            ? Decision.Accept(new TargetsApproved(
                state.Id, state.CurrentTask!.TaskId, state.Versions.Count + 1, grade.Trim(), actor.Id, actor.Name))
            : TargetErrors.InvalidGrade;
    }

    public static Decision Reject(TargetDeclaration state, Actor actor, string? reason) =>
        ReviewsDeclaration(state, actor)
        ?? ReviewerRules.RequiredText(reason, "reason", MaxTextLength)
        ?? Decision.Accept(new TargetsRejected(state.Id, state.CurrentTask!.TaskId, reason!.Trim(), actor.Id));

    /// <summary>The unit asks to adjust approved targets; the adjustment gets its own review task.</summary>
    public static Decision RequestAdjustment(
        TargetDeclaration state, Actor actor, string? reason, TargetContent content, DateOnly? dueDate)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return TargetErrors.NotOwner;
        }

        if (state.Approved is not { } approved)
        {
            return TargetErrors.NotApproved(state.Status);
        }

        if (state.PendingAdjustment is not null)
        {
            return TargetErrors.AdjustmentPending;
        }

        if (ReviewerRules.RequiredText(reason, "reason", MaxTextLength) is { } invalid)
        {
            return invalid;
        }

        if (!SameIdentity(approved.Content, content))
        {
            return TargetErrors.IdentityChanged;
        }

        if (approved.Content.Equals(content))
        {
            return TargetErrors.AdjustmentUnchanged;
        }

        var number = state.Adjustments.Count + 1;
        return Decision.Accept(
            new TargetAdjustmentRequested(state.Id, number, reason!.Trim(), content),
            Opened(state, ReviewTaskKind.TargetAdjustment, number, $"adjustment:{number}", dueDate));
    }

    public static Decision ApproveAdjustment(TargetDeclaration state, Actor actor, int number) =>
        ReviewsAdjustment(state, actor, number)
        ?? Decision.Accept(new TargetAdjustmentApproved(
            state.Id, state.CurrentTask!.TaskId, number, state.Versions.Count + 1, actor.Id, actor.Name));

    public static Decision RejectAdjustment(TargetDeclaration state, Actor actor, int number, string? reason) =>
        ReviewsAdjustment(state, actor, number)
        ?? ReviewerRules.RequiredText(reason, "reason", MaxTextLength)
        ?? Decision.Accept(new TargetAdjustmentRejected(state.Id, state.CurrentTask!.TaskId, number, reason!.Trim(), actor.Id));

    /// <summary>The unit's mid-year monitoring report on the approved targets in force.</summary>
    public static Decision ReportMonitoring(TargetDeclaration state, Actor actor, MonitoringReport report, ScoringProfile profile)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return TargetErrors.NotOwner;
        }

        if (state.Approved is not { } approved)
        {
            return TargetErrors.NotApproved(state.Status);
        }

        return MonitoringValidation.Problem(report, approved.Content)
            ?? Decision.Accept(new MonitoringReported(state.Id, report, MonitoringRules.Assess(report, approved.Content, profile)));
    }

    /// <summary>A reviewer decision on the declaration itself: under review, and the actor holds its task.</summary>
    private static DomainError? ReviewsDeclaration(TargetDeclaration state, Actor actor) =>
        Holds(state, actor) ?? (state.Status == TargetStatus.InReview ? null : TargetErrors.NotUnderReview(state.Status));

    private static DomainError? ReviewsAdjustment(TargetDeclaration state, Actor actor, int number) =>
        Holds(state, actor)
        ?? (state.PendingAdjustment is { } pending && pending.Number == number ? null : TargetErrors.NoSuchAdjustment(number));

    private static DomainError? Holds(TargetDeclaration state, Actor actor) =>
        ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId) ?? ReviewerRules.Holds(actor, state.CurrentTask);

    private static DomainError? Editable(TargetDeclaration state, Actor actor)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return TargetErrors.NotOwner;
        }

        return state.Status is TargetStatus.Draft or TargetStatus.RevisionRequested ? null : TargetErrors.NotEditable(state.Status);
    }

    private static bool SameIdentity(TargetContent a, TargetContent b) =>
        a.Header.FiscalYear == b.Header.FiscalYear
        && TargetIds.Normalize(a.Header.ProjectName) == TargetIds.Normalize(b.Header.ProjectName);

    private static TargetReviewOpened Opened(TargetDeclaration state, ReviewTaskKind kind, int number, string what, DateOnly? dueDate) =>
        new(TargetIds.TaskFor(state.Id, what), state.Id, kind, number, state.UnitId, state.DepartmentId,
            state.FiscalYear, state.ProjectName, dueDate);
}
