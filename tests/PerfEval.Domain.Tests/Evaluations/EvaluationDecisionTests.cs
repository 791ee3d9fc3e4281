using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Evaluations;

public class EvaluationDecisionTests
{
    [Fact]
    public void A_unit_drafts_a_form_for_its_own_unit_and_department()
    {
        var decision = EvaluationDecisions.Draft(Given.Id, Given.Unit, SeedForms.FlexibleEmployment, "api");

        var drafted = Assert.IsType<EvaluationDrafted>(Assert.Single(decision.Events));
        Assert.Equal(("unit-1", "dept-1"), (drafted.UnitId, drafted.DepartmentId));
        Assert.Equal(EvaluationStatus.Draft, Given.State(drafted).Status);
    }

    [Fact]
    public void A_reviewer_cannot_draft_a_form()
    {
        var decision = EvaluationDecisions.Draft(Given.Id, Given.Reviewer, SeedForms.FlexibleEmployment, "api");
        Assert.Equal(EvaluationErrors.OnlyUnitsDraft, decision.Error);
    }

    [Fact]
    public void Submitting_a_draft_numbers_the_submission_and_freezes_the_content()
    {
        var state = Given.State(Given.Drafted());

        var submitted = Assert.IsType<EvaluationSubmitted>(Assert.Single(EvaluationDecisions.Submit(state, Given.Unit).Events));
        var after = Given.State([.. Given.Drafted(), submitted]);

        Assert.Equal(1, submitted.Submission);
        Assert.Equal(EvaluationStatus.Submitted, after.Status);
        Assert.Equal("evaluation.not_editable",
            EvaluationDecisions.ReplaceContent(after, Given.Unit, SeedForms.InnovationStudio).Error!.Code);
        Assert.Equal("evaluation.not_submittable", EvaluationDecisions.Submit(after, Given.Unit).Error!.Code);
    }

    [Fact]
    public void Only_the_owning_unit_changes_or_submits_its_form()
    {
        var state = Given.State(Given.Drafted());
        Assert.Equal(EvaluationErrors.NotOwner, EvaluationDecisions.Submit(state, Given.OtherUnit).Error);
        Assert.Equal(EvaluationErrors.NotOwner,
            EvaluationDecisions.ReplaceContent(state, Given.OtherUnit, SeedForms.FlexibleEmployment).Error);
    }

    [Fact]
    public void Intake_scores_the_submission_and_opens_its_task_once()
    {
        var state = Given.State(Given.Submitted());

        var first = EvaluationDecisions.TakeInSubmission(
            state, 1, f => ScoringEngine.Score(f, ScoringProfile.Default), dueDate: new DateOnly(2025, 6, 30));
        var after = Given.State([.. Given.Submitted(), .. first.Events]);
        var again = EvaluationDecisions.TakeInSubmission(
            after, 1, _ => throw new InvalidOperationException("must not score twice"), dueDate: null);

        Assert.Collection(first.Events,
            e => Assert.Equal(98.00m, Assert.IsType<EvaluationScored>(e).Scorecard.ComputedTotal),
            e => Assert.Equal(new DateOnly(2025, 6, 30), Assert.IsType<ReviewTaskOpened>(e).DueDate));
        Assert.True(again.IsAccepted);
        Assert.Empty(again.Events);
        Assert.Equal(Given.TaskOf(1), after.CurrentTask!.TaskId);
    }

    [Fact]
    public void Intake_of_a_superseded_submission_appends_nothing()
    {
        var state = Given.State([.. Given.Submitted(2)]);
        var decision = EvaluationDecisions.TakeInSubmission(
            state, 1, f => ScoringEngine.Score(f, ScoringProfile.Default), dueDate: null);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Review_task_ids_are_derived_from_form_and_submission()
    {
        Assert.Equal(ReviewTaskIds.For(Given.Id, 1), ReviewTaskIds.For(Given.Id, 1));
        Assert.NotEqual(ReviewTaskIds.For(Given.Id, 1), ReviewTaskIds.For(Given.Id, 2));
    }

    [Fact]
    public void Access_follows_unit_department_and_role()
    {
        var state = Given.State(Given.Drafted());
        Assert.True(EvaluationAccess.CanRead(Given.Unit, state));
        Assert.True(EvaluationAccess.CanRead(Given.Reviewer, state));
        Assert.True(EvaluationAccess.CanRead(Given.Manager, state));
        Assert.False(EvaluationAccess.CanRead(Given.OtherUnit, state));
        Assert.False(EvaluationAccess.CanRead(Given.OtherDepartmentReviewer, state));
    }
}
