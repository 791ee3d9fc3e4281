using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Review;

namespace PerfEval.Domain.Yearly;

/// <summary>
/// Folds a form's events into its <see cref="YearlyFormFacts"/>. Pure. Statuses follow
/// <see cref="EvaluationEvolution"/> (a test replays the same streams through both).
/// </summary>
public static class YearlyFactsEvolution
{
    public static YearlyFormFacts? Evolve(YearlyFormFacts? facts, object @event) => (facts, @event) switch
    {
        (null, EvaluationDrafted e) => WithForm(new YearlyFormFacts
        {
            Id = e.EvaluationId,
            FiscalYear = e.Form.Header.FiscalYear,
            UnitId = e.UnitId,
            DepartmentId = e.DepartmentId,
            ProjectName = e.Form.Header.ProjectName,
            Status = EvaluationStatus.Draft,
        }, e.Form),
        (null, _) => null,
        (_, EvaluationContentReplaced e) => WithForm(facts, e.Form),
        (_, EvaluationSubmitted) => facts with { Status = EvaluationStatus.Submitted, FinalTotal = null, FinalGrade = null },
        (_, EvaluationScored e) => facts with
        {
            ComputedTotal = e.Scorecard.ComputedTotal,
            ComputedGrade = e.Scorecard.ComputedGrade,
            FindingCodes = e.Scorecard.Findings.Select(f => f.Code).ToList(),
            IndicatorsBelowWeight = e.Scorecard.Indicators.Where(i => i.ComputedScore < i.Weight).Select(i => i.Name).ToList(),
        },
        (_, ReviewTaskOpened e) => facts with
        {
            TaskId = e.TaskId, TaskStatus = ReviewTaskStatus.Open, TaskDueDate = e.DueDate, TaskAssigneeId = null,
        },
        (_, ReviewTaskClaimed e) => facts with
        {
            Status = EvaluationStatus.InReview, TaskStatus = ReviewTaskStatus.Claimed, TaskAssigneeId = e.ReviewerId,
        },
        (_, ReviewTaskReleased) => facts with { TaskStatus = ReviewTaskStatus.Open, TaskAssigneeId = null },
        (_, RevisionRequested) => TaskDone(facts) with { Status = EvaluationStatus.RevisionRequested },
        (_, EvaluationApproved e) => TaskDone(facts) with
        {
            Status = EvaluationStatus.Approved, FinalTotal = e.FinalTotal, FinalGrade = e.FinalGrade,
        },
        (_, EvaluationRejected) => TaskDone(facts) with { Status = EvaluationStatus.Rejected },
        (_, EvaluationPublished) => facts with { Status = EvaluationStatus.Published },
        (_, EvaluationReopened) => facts with
        {
            Status = EvaluationStatus.RevisionRequested, FinalTotal = null, FinalGrade = null,
        },
        _ => facts,
    };

    private static YearlyFormFacts WithForm(YearlyFormFacts facts, EvaluationForm form) => facts with
    {
        FiscalYear = form.Header.FiscalYear,
        ProjectName = form.Header.ProjectName,
        InitialBudget = form.Funds.Total.InitialBudget,
        FullYearBudget = form.Funds.Total.FullYearBudget,
        Executed = form.Funds.Total.Executed,
        ClaimedTotal = form.ClaimedTotal,
        ClaimedGrade = form.ClaimedGrade,
    };

    private static YearlyFormFacts TaskDone(YearlyFormFacts facts) =>
        facts.TaskStatus is null ? facts : facts with { TaskStatus = ReviewTaskStatus.Done };
}
