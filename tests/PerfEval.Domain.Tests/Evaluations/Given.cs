using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Evaluations;

/// <summary>Given (events) / When (decision) / Then (events or refusal) for a form's lifecycle.</summary>
internal static class Given
{
    public static readonly Guid Id = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    public static readonly Actor Unit = new("u1", "填报人", Set(Role.Unit), "unit-1", Set("dept-1"));
    public static readonly Actor OtherUnit = new("u2", "他人", Set(Role.Unit), "unit-2", Set("dept-1"));
    public static readonly Actor Reviewer = new("r1", "审核人", Set(Role.Reviewer), null, Set("dept-1"));
    public static readonly Actor SecondReviewer = new("r2", "审核人二", Set(Role.Reviewer), null, Set("dept-1"));
    public static readonly Actor OtherDepartmentReviewer = new("r3", "外部门", Set(Role.Reviewer), null, Set("dept-9"));
    public static readonly Actor ReviewerOfTheUnit = new("r4", "本单位审核人", Set(Role.Reviewer), "unit-1", Set("dept-1"));
    public static readonly Actor Manager = new("m1", "管理人员", Set(Role.Manager), null, Set());

    public static HashSet<string> Set(params string[] values) => [.. values];

    public static Evaluation State(params object[] events) =>
        events.Aggregate((Evaluation?)null, EvaluationEvolution.Evolve)!;

    public static object[] Drafted() =>
        [new EvaluationDrafted(Id, "unit-1", "dept-1", SeedForms.FlexibleEmployment, "api")];

    public static object[] Submitted(int submission = 1) =>
        [.. Drafted(), new EvaluationSubmitted(Id, "unit-1", "dept-1", 2024, submission)];

    public static Guid TaskOf(int submission) => ReviewTaskIds.For(Id, submission);

    public static object[] Opened() =>
        [.. Submitted(), new ReviewTaskOpened(TaskOf(1), Id, 1, "unit-1", "dept-1", 2024, "灵活就业工作经费", null)];

    public static object[] Claimed() =>
        [.. Opened(), new ReviewTaskClaimed(TaskOf(1), Id, Reviewer.Id, Reviewer.Name)];

    public static object[] Approved() =>
        [.. Claimed(), new EvaluationApproved(Id, TaskOf(1), 98m, "优", Reviewer.Id, Reviewer.Name)];
}
