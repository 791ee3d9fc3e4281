using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Rectification;

namespace PerfEval.Domain.Tests.Rectification;

/// <summary>Given (events) / When (decision) / Then (events or refusal) for a rectification notice's stream.</summary>
internal static class Given
{
    public const string ProjectName = "灵活就业工作经费";

    public static readonly Guid Id = Guid.Parse("0196a1b2-0000-7000-8000-000000000001");
    public static readonly Guid FormId = Guid.Parse("0196a1b2-0000-7000-8000-0000000000f1");
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly DateOnly Deadline = new(2026, 3, 31);

    public static readonly Actor Unit = Evaluations.Given.Unit;
    public static readonly Actor OtherUnit = Evaluations.Given.OtherUnit;
    public static readonly Actor Reviewer = Evaluations.Given.Reviewer;
    public static readonly Actor SecondReviewer = Evaluations.Given.SecondReviewer;
    public static readonly Actor OtherDepartmentReviewer = Evaluations.Given.OtherDepartmentReviewer;
    public static readonly Actor ReviewerOfTheUnit = Evaluations.Given.ReviewerOfTheUnit;
    public static readonly Actor Manager = Evaluations.Given.Manager;

    public static readonly EvidenceRef Ledger = new(
        Guid.Parse("0196a1b2-0000-7000-8000-0000000000e1"), EvidenceSlot.AcceptanceReport, 0, "补贴发放台账.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 4096, "ab12", "u1", "填报人");

    /// <summary>A submitted form of unit-1 in dept-1 with finding FUNDS_MISMATCH and a re-check of indicator 3.</summary>
    public static RectificationSubject Form { get; } = new(
        "unit-1", "dept-1", 2025, FormId, ProjectName, "就业服务中心", EvaluationStatus.Approved,
        new HashSet<string> { "FUNDS_MISMATCH" }, new HashSet<string> { "indicators[2].score" });

    public static RectificationSubject UnitAsAWhole { get; } = RectificationSubject.OfUnit("unit-1", "dept-1", 2025, "就业服务中心");

    public static IReadOnlyList<RectificationProblem> Problems { get; } =
    [
        new("资金总额与分项合计不符", "FUNDS_MISMATCH"),
        new("第 3 项指标完成值无依据", null, "indicators[2].score"),
    ];

    public static RectificationNotice State(params object[] events) =>
        events.Aggregate((RectificationNotice?)null, RectificationEvolution.Evolve)!;

    public static Guid Task(int round) => RectificationIds.TaskFor(Id, round);

    public static object[] Issued() =>
    [
        new RectificationIssued(Id, "unit-1", "dept-1", 2025, FormId, ProjectName, "就业服务中心", Problems, "补充台账并说明差异",
            Deadline, Reviewer.Id, Reviewer.Name),
    ];

    public static object[] Answered() =>
    [
        .. Issued(),
        new RectificationAnswered(Id, 1, "已补充台账", [new RectificationEvidence(Ledger.Id, Ledger.FileName)], Unit.Name),
        new RectificationReviewOpened(Task(1), Id, 1, "unit-1", "dept-1", 2025, ProjectName, new DateOnly(2026, 3, 12)),
    ];

    public static object[] Claimed() => [.. Answered(), new RectificationReviewClaimed(Task(1), Id, Reviewer.Id, Reviewer.Name)];

    public static object[] Returned() =>
        [.. Claimed(), new RectificationReturned(Id, Task(1), 1, "台账缺少签章", new DateOnly(2026, 4, 15), Reviewer.Id, Reviewer.Name)];

    public static object[] Accepted() =>
        [.. Claimed(), new RectificationAccepted(Id, Task(1), 1, "整改到位", Reviewer.Id, Reviewer.Name)];
}
