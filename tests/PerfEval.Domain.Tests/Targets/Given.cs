using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Targets;

namespace PerfEval.Domain.Tests.Targets;

/// <summary>Given (events) / When (decision) / Then (events or refusal) for a target declaration's stream.</summary>
internal static class Given
{
    public const string ProjectName = "灵活就业工作经费";

    public static readonly Guid Id = TargetIds.For("unit-1", 2025, ProjectName);

    public static readonly Actor Unit = Evaluations.Given.Unit;
    public static readonly Actor OtherUnit = Evaluations.Given.OtherUnit;
    public static readonly Actor Reviewer = Evaluations.Given.Reviewer;
    public static readonly Actor SecondReviewer = Evaluations.Given.SecondReviewer;
    public static readonly Actor OtherDepartmentReviewer = Evaluations.Given.OtherDepartmentReviewer;
    public static readonly Actor ReviewerOfTheUnit = Evaluations.Given.ReviewerOfTheUnit;
    public static readonly Actor Manager = Evaluations.Given.Manager;

    /// <summary>A declaration every check accepts: execution 10 and five indicators, 100 in all.</summary>
    public static TargetContent Content { get; } = new()
    {
        Header = new FormHeader
        {
            ProjectName = ProjectName,
            CompetentDepartment = "人力资源和社会保障局",
            ImplementingUnit = "就业服务中心",
            FiscalYear = 2025,
        },
        Budget = new TargetBudget { Total = 100m, CurrentAppropriation = 80m, CarryOver = 20m, Other = 0m },
        Goals = "按时足额发放灵活就业人员社保补贴。",
        ExecutionWeight = 10m,
        Indicators =
        [
            Indicator("产出指标", "数量指标", "补贴人数", "≥8000(人)", 30m),
            Indicator("产出指标", "时效指标", "补贴发放及时率", "≥95(%)", 20m),
            Indicator("产出指标", "成本指标", "人均补贴成本", "≤1200(元)", 10m),
            Indicator("效益指标", "社会效益指标", "就业稳定性", "达成年度指标", 20m),
            Indicator("满意度指标", "服务对象满意度指标", "受益人员满意度", "≥90(%)", 10m),
        ],
    };

    /// <summary>The content an adjustment asks for: fewer people, at a higher cost.</summary>
    public static TargetContent Adjusted { get; } = WithIndicator(
        WithIndicator(Content, 0, i => i with { Target = "≥7000(人)" }), 2, i => i with { Target = "≤1300(元)" });

    public static TargetIndicator Indicator(string level1, string level2, string name, string target, decimal weight) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Target = target, Weight = weight };

    public static TargetContent WithIndicator(TargetContent content, int index, Func<TargetIndicator, TargetIndicator> change) =>
        content with { Indicators = [.. content.Indicators.Select((row, i) => i == index ? change(row) : row)] };

    public static TargetDeclaration State(params object[] events) =>
        events.Aggregate((TargetDeclaration?)null, TargetEvolution.Evolve)!;

    public static Guid SubmissionTask(int submission) => TargetIds.TaskFor(Id, $"submission:{submission}");

    public static Guid AdjustmentTask(int number) => TargetIds.TaskFor(Id, $"adjustment:{number}");

    public static object[] Drafted() => [new TargetsDrafted(Id, "unit-1", "dept-1", Content, "api")];

    public static object[] Submitted() =>
    [
        .. Drafted(),
        new TargetsSubmitted(Id, 1, []),
        new TargetReviewOpened(SubmissionTask(1), Id, ReviewTaskKind.Targets, 1, "unit-1", "dept-1", 2025, ProjectName, null),
    ];

    public static object[] Claimed() => [.. Submitted(), new TargetReviewClaimed(SubmissionTask(1), Id, Reviewer.Id, Reviewer.Name)];

    public static object[] SentBack() =>
        [.. Claimed(), new TargetRevisionRequested(Id, SubmissionTask(1), ["补充测算依据"], Reviewer.Id)];

    public static object[] Approved() =>
        [.. Claimed(), new TargetsApproved(Id, SubmissionTask(1), 1, "良", Reviewer.Id, Reviewer.Name)];

    public static object[] AdjustmentRequested() =>
    [
        .. Approved(),
        new TargetAdjustmentRequested(Id, 1, "政策调整，补贴对象减少", Adjusted),
        new TargetReviewOpened(AdjustmentTask(1), Id, ReviewTaskKind.TargetAdjustment, 1, "unit-1", "dept-1", 2025, ProjectName, null),
    ];

    public static object[] AdjustmentClaimed() =>
        [.. AdjustmentRequested(), new TargetReviewClaimed(AdjustmentTask(1), Id, Reviewer.Id, Reviewer.Name)];

    public static object[] AdjustmentApproved() =>
        [.. AdjustmentClaimed(), new TargetAdjustmentApproved(Id, AdjustmentTask(1), 1, 2, Reviewer.Id, Reviewer.Name)];
}
