using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Yearly;

/// <summary>
/// Folds a form's events into its <see cref="YearlyFormFacts"/>. Pure. The statuses are <see cref="FormStatus"/>'s, as
/// in the form's own state; this adds the figures the year adds up.
/// </summary>
public static class YearlyFactsEvolution
{
    public static YearlyFormFacts? Evolve(YearlyFormFacts? facts, object @event)
    {
        var next = (facts, @event) switch
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
            (_, EvaluationSubmitted) => facts with
            {
                FinalTotal = null,
                FinalGrade = null,
                RecheckDifferences = new Dictionary<string, decimal>(),
            },
            (_, EvaluationReopened) => facts with { FinalTotal = null, FinalGrade = null },
            (_, RecheckRecorded e) => WithDifference(facts, e.Target, e.SelfScore, e.VerifiedScore),
            (_, RecheckWithdrawn e) => facts with
            {
                RecheckDifferences = facts.RecheckDifferences.Where(d => d.Key != e.Target.Path).ToDictionary(d => d.Key, d => d.Value),
            },
            (_, ScoreAdjusted e) => WithDifference(facts, e.Target, e.ClaimedScore, e.NewScore),
            (_, EvaluationScored e) => facts with
            {
                ComputedTotal = e.Scorecard.ComputedTotal,
                ComputedGrade = e.Scorecard.ComputedGrade,
                FindingCodes = e.Scorecard.Findings.Select(f => f.Code).ToList(),
                IndicatorsBelowWeight = e.Scorecard.Indicators.Where(i => i.ComputedScore < i.Weight).Select(i => i.Name).ToList(),
            },
            (_, ReviewTaskOpened e) => facts with { TaskId = e.TaskId, TaskDueDate = e.DueDate, TaskAssigneeId = null },
            (_, ReviewTaskClaimed e) => facts with { TaskAssigneeId = e.ReviewerId },
            (_, ReviewTaskReleased) => facts with { TaskAssigneeId = null },
            (_, EvaluationApproved e) => facts with { FinalTotal = e.FinalTotal, FinalGrade = e.FinalGrade },
            _ => facts,
        };
        return next is null || facts is null
            ? next
            : next with
            {
                Status = FormStatus.After(facts.Status, @event),
                TaskStatus = FormStatus.TaskAfter(facts.TaskStatus, @event),
            };
    }

    private static YearlyFormFacts WithDifference(YearlyFormFacts facts, ScoreTarget target, decimal? self, decimal verified) =>
        facts with
        {
            RecheckDifferences = new Dictionary<string, decimal>(facts.RecheckDifferences)
            {
                [target.Path] = Math.Abs((self ?? 0m) - verified),
            },
        };

    private static YearlyFormFacts WithForm(YearlyFormFacts facts, EvaluationForm form) => facts with
    {
        FiscalYear = form.Header.FiscalYear,
        ProjectName = form.Header.ProjectName,
        Kind = form.Kind,
        InitialBudget = form.Funds.Total.InitialBudget,
        FullYearBudget = form.Funds.Total.FullYearBudget,
        Executed = form.Funds.Total.Executed,
        ClaimedTotal = form.ClaimedTotal,
        ClaimedGrade = form.ClaimedGrade,
        Weights = form.Funds.Weight + form.Indicators.Sum(i => i.Weight),
    };
}
