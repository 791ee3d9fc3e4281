using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Report;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Tests.Fixtures;

/// <summary>Event streams of a form's life, built from a real seed form, for the management tests.</summary>
public static class SeedLifecycle
{
    public static IReadOnlyList<object> Approved(EvaluationForm form, decimal finalTotal, string finalGrade, string unit = "unit-1", string department = "dept-1")
    {
        var id = Guid.NewGuid();
        var task = ReviewTaskIds.For(id, 1);
        return
        [
            new EvaluationDrafted(id, unit, department, form, "api"),
            new EvaluationSubmitted(id, unit, department, form.Header.FiscalYear, 1),
            new EvaluationScored(id, 1, ScoringEngine.Score(form, ScoringProfile.Default)),
            new ReviewTaskOpened(task, id, 1, unit, department, form.Header.FiscalYear, form.Header.ProjectName, null),
            new ReviewTaskClaimed(task, id, "r1", "审核人"),
            new EvaluationApproved(id, task, finalTotal, finalGrade, "r1", "审核人"),
        ];
    }

    /// <summary>Every kind of event, in an order the lifecycle allows.</summary>
    public static IReadOnlyList<object> Everything(EvaluationForm form)
    {
        var id = Guid.NewGuid();
        var t1 = ReviewTaskIds.For(id, 1);
        var t2 = ReviewTaskIds.For(id, 2);
        var draw = Guid.NewGuid();
        var mistaken = Guid.NewGuid();
        var r = RecheckTasks.IdFor(id, draw);
        var card = ScoringEngine.Score(form, ScoringProfile.Default);
        return
        [
            new EvaluationDrafted(id, "unit-1", "dept-1", form, "import"),
            new EvaluationContentReplaced(id, form),
            new ReportSectionsEdited(id, ReportSections.Of("项目基本情况", "目标基本完成", "满意度略低于预期", "结果用于下年度预算安排")),
            new EvidenceAttached(id, new EvidenceRef(
                Guid.NewGuid(), EvidenceSlot.AcceptanceReport, 0, "验收报告.pdf", "application/pdf", 2048,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "u1", "填报人")),
            new EvidenceAttached(id, new EvidenceRef(
                mistaken, EvidenceSlot.Other, null, "误传.pdf", "application/pdf", 1024,
                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", "u1", "填报人")),
            new EvidenceRemoved(id, mistaken, "u1", "填报人", "误传.pdf", EvidenceSlot.Other),
            new EvaluationSubmitted(id, "unit-1", "dept-1", form.Header.FiscalYear, 1),
            new EvaluationScored(id, 1, card),
            new ReviewTaskOpened(t1, id, 1, "unit-1", "dept-1", form.Header.FiscalYear, form.Header.ProjectName, new DateOnly(2025, 6, 30)),
            new ReviewTaskClaimed(t1, id, "r1", "审核人"),
            new ReviewTaskReleased(t1, id, "r1"),
            new ReviewTaskClaimed(t1, id, "r2", "审核人二"),
            new ReviewCommentAdded(id, t1, Guid.NewGuid(), "请补充偏差原因", 2, "r2", "审核人二"),
            new ScoreAdjusted(id, t1, ScoreTarget.Indicator(2), 9m, null, 8m, "未说明原因", "r2", "审核人二"),
            new RevisionRequested(id, t1, ["补充偏差原因"], "r2"),
            new EvaluationSubmitted(id, "unit-1", "dept-1", form.Header.FiscalYear, 2),
            new EvaluationScored(id, 2, card),
            new ReviewTaskOpened(t2, id, 2, "unit-1", "dept-1", form.Header.FiscalYear, form.Header.ProjectName, null),
            new ReviewTaskClaimed(t2, id, "r2", "审核人二"),
            new EvaluationRejected(id, t2, "重复申报", "r2"),
            new EvaluationApproved(id, t2, 95m, "优", "r2", "审核人二"),
            new EvaluationPublished(id, "m1"),
            new RecheckTaskOpened(r, id, draw, 2, "unit-1", "dept-1", form.Header.FiscalYear, form.Header.ProjectName, null),
            new RecheckTaskClaimed(r, id, "r1", "审核人"),
            new RecheckTaskReleased(r, id, "r1"),
            new RecheckTaskClaimed(r, id, "r1", "审核人"),
            new RecheckRecorded(id, r, ScoreTarget.Indicator(2), "96%", 9m, 4m, "FH-06", "指标无法评估（无法量化），扣减分值的60%",
                "default", 0, 1, [], "目标无法量化", "r1", "审核人"),
            new RecheckWithdrawn(id, r, ScoreTarget.Indicator(2), 9m, 4m, "r1", "审核人"),
            new RecheckRecorded(id, r, ScoreTarget.Indicator(2), "96%", 9m, 4m, "FH-06", "指标无法评估（无法量化），扣减分值的60%",
                "default", 0, 1, [], "目标无法量化", "r1", "审核人"),
            new RecheckTaskCompleted(r, id, "r1", "审核人"),
            new BudgetAdviceOverridden(id, form.Header.FiscalYear, AdviceKind.Priority, AdviceKind.Maintain, null, "复核偏离较大", "m1", "管理人员"),
            new EvaluationReopened(id, "数据更正", "m1"),
        ];
    }
}
