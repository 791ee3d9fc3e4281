using System.Globalization;
using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.History;

/// <summary>
/// The human-readable line for each event of a form's stream. One entry per event type, so a new event without a
/// summary is caught by the test that walks the Evaluations namespace.
/// </summary>
public static class EventSummaries
{
    private static readonly Dictionary<Type, Func<object, EventSummary>> ByType = new();

    static EventSummaries()
    {
        // The unit by the name its form prints (实施单位); its id only when the draft has none yet.
        Add<EvaluationDrafted>(e => new(
            $"单位 {UnitOf(e)} 创建了自评表草稿“{e.Form.Header.ProjectName}”（来源：{Names.Source(e.Source).Zh}）。",
            $"Unit {UnitOf(e)} drafted the form '{e.Form.Header.ProjectName}' ({Names.Source(e.Source).En})."));
        Add<EvaluationContentReplaced>(e => new(
            $"单位修改了自评表内容“{e.Form.Header.ProjectName}”。",
            $"The unit replaced the form's content ('{e.Form.Header.ProjectName}')."));
        Add<EvaluationSubmitted>(e => new(
            $"单位第 {e.Submission} 次提交了自评表。",
            $"The unit submitted the form (submission {e.Submission})."));
        Add<EvaluationScored>(e => new(
            $"系统评分（第 {e.Submission} 次提交）：总分 {N(e.Scorecard.ComputedTotal)}，等级 {e.Scorecard.ComputedGrade}，发现问题 {e.Scorecard.Findings.Count} 项。",
            $"Scored by the rules (submission {e.Submission}): total {N(e.Scorecard.ComputedTotal)}, grade {e.Scorecard.ComputedGrade}, {e.Scorecard.Findings.Count} finding(s)."));
        Add<ReviewTaskOpened>(e => new(
            $"已生成审核任务（第 {e.Submission} 次提交）{Due(e.DueDate, "，截止日期 ", "")}。",
            $"A review task was opened for submission {e.Submission}{Due(e.DueDate, ", due ", "")}."));
        Add<ReviewTaskClaimed>(e => new(
            $"审核人 {e.ReviewerName} 领取了审核任务。",
            $"Reviewer {e.ReviewerName} claimed the review task."));
        Add<ReviewTaskReleased>(e => new(
            "审核人释放了审核任务，任务回到待领取。",
            "The reviewer released the review task back to the queue."));
        Add<ReviewCommentAdded>(e => new(
            $"审核人 {e.ReviewerName} 发表意见{Indicator(e.IndicatorIndex, "（指标 ", "）")}：{e.Text}",
            $"Reviewer {e.ReviewerName} commented{Indicator(e.IndicatorIndex, " (indicator ", ")")}: {e.Text}"));
        Add<ScoreAdjusted>(e => new(
            $"审核人 {e.ReviewerName} 将{TargetZh(e.Target)}得分由 {N(e.PreviousScore ?? e.ClaimedScore)} 调整为 {N(e.NewScore)}，理由：{e.Reason}",
            $"Reviewer {e.ReviewerName} adjusted the score of {TargetEn(e.Target)} from {N(e.PreviousScore ?? e.ClaimedScore)} to {N(e.NewScore)}: {e.Reason}"));
        Add<RevisionRequested>(e => new(
            $"审核人退回修改：{string.Join("；", e.Reasons)}",
            $"The reviewer requested a revision: {string.Join("; ", e.Reasons)}"));
        Add<EvaluationApproved>(e => new(
            $"审核人 {e.ReviewerName} 审核通过：最终得分 {N(e.FinalTotal)}，等级 {e.FinalGrade}。",
            $"Reviewer {e.ReviewerName} approved the form: final total {N(e.FinalTotal)}, grade {e.FinalGrade}."));
        Add<EvaluationRejected>(e => new(
            $"审核人驳回了自评表：{e.Reason}",
            $"The reviewer rejected the form: {e.Reason}"));
        Add<Evaluations.Report.ReportSectionsEdited>(e => new(
            $"单位修改了自评报告的文字部分（{string.Join("、", e.Sections.All.Where(s => s.Text.Length > 0).Select(s => s.Heading[2..]).DefaultIfEmpty("均为空"))}）。",
            $"The unit edited the written report's sections ({string.Join(", ", e.Sections.All.Where(s => s.Text.Length > 0).Select(s => s.Key).DefaultIfEmpty("all empty"))})."));
        Add<EvaluationPublished>(e => new(
            "管理处公开了自评表。",
            "A manager published the form."));
        Add<EvaluationReopened>(e => new(
            $"管理处重新打开了自评表：{e.Reason}",
            $"A manager reopened the form: {e.Reason}"));
        Add<RecheckTaskOpened>(e => new(
            $"抽评抽中本表，已生成复核任务{Due(e.DueDate, "，截止日期 ", "")}。",
            $"A sample drew the form: a re-check task was opened{Due(e.DueDate, ", due ", "")}."));
        Add<RecheckTaskClaimed>(e => new($"审核人 {e.ReviewerName} 领取了复核任务。", $"Reviewer {e.ReviewerName} claimed the re-check task."));
        Add<RecheckTaskReleased>(_ => new("审核人释放了复核任务，任务回到待领取。", "The reviewer released the re-check task back to the queue."));
        Add<RecheckTaskCompleted>(e => new($"审核人 {e.ReviewerName} 完成了复核。", $"Reviewer {e.ReviewerName} completed the re-check."));
        Add<EvidenceAttached>(e => new(
            $"{e.Evidence.UploadedByName} 上传了佐证材料“{e.Evidence.FileName}”（{EvidenceSlots.Label(e.Evidence.Slot)}，{WhereZh(e.Evidence)}，{Size(e.Evidence.Size)}，SHA-256 {Hash(e.Evidence)}）。",
            $"{e.Evidence.UploadedByName} attached '{e.Evidence.FileName}' ({e.Evidence.Slot}, {WhereEn(e.Evidence)}, {Size(e.Evidence.Size)}, SHA-256 {Hash(e.Evidence)})."));
        Add<EvidenceRemoved>(e => new(
            $"{e.RemovedByName} 删除了佐证材料“{e.FileName}”（{EvidenceSlots.Label(e.Slot)}），表中不再列出；其上传记录和 SHA-256 仍保留在历史中。",
            $"{e.RemovedByName} removed the evidence file '{e.FileName}' ({e.Slot}); the form no longer lists it, and its upload and SHA-256 stay in the history."));
        Add<RecheckRecorded>(e => new(
            $"审核人 {e.ReviewerName} 复核{TargetZh(e.Target)}：复核得分 {N(e.VerifiedScore)}（自评 {N(e.SelfScore)}），复核口径 {e.ClauseCode} {e.ClauseTitle}" +
            (e.VerifiedActual is null ? "" : $"，复核完成值 {e.VerifiedActual}") + (e.Remark is null ? "。" : $"，备注：{e.Remark}"),
            $"Reviewer {e.ReviewerName} re-checked {TargetEn(e.Target)}: verified score {N(e.VerifiedScore)} (self {N(e.SelfScore)}), clause {e.ClauseCode}" +
            (e.VerifiedActual is null ? "" : $", verified actual {e.VerifiedActual}") + (e.Remark is null ? "." : $"; remark: {e.Remark}")));
        Add<RecheckWithdrawn>(e => new(
            $"审核人 {e.ReviewerName} 撤回了对{TargetZh(e.Target)}的复核（复核得分 {N(e.VerifiedScore)}），该项恢复为自评得分 {N(e.SelfScore)}。",
            $"Reviewer {e.ReviewerName} withdrew the re-check of {TargetEn(e.Target)} (verified score {N(e.VerifiedScore)}); it is back to the self score {N(e.SelfScore)}."));
        Add<BudgetAdviceOverridden>(e => new(
            $"管理人员 {e.ManagerName} 将 {e.FiscalYear} 年度结果应用建议由“{AdviceKinds.Zh(e.Computed)}”调整为“{AdviceKinds.Label(e.Advice, e.CutPercent)}”，理由：{e.Reason}",
            $"Manager {e.ManagerName} overrode the {e.FiscalYear} budget advice from {e.Computed} to {e.Advice}{(e.CutPercent is { } p ? $" ({p:0.##} %)" : "")}: {e.Reason}"));
        AddTargetEvents();
        AddRectificationEvents();
    }

    /// <summary>The lines of a rectification notice's events (docs/domain-rules.md#rectification).</summary>
    private static void AddRectificationEvents()
    {
        Add<RectificationIssued>(e => new(
            $"{e.IssuedByName} 向 {e.UnitName} 下发整改通知“{e.Subject}”：{e.Problems.Count} 个问题，整改期限 {Day(e.Deadline)}。",
            $"{e.IssuedByName} issued a rectification notice to {e.UnitName} about '{e.Subject}': {e.Problems.Count} problem(s), due {Day(e.Deadline)}."));
        Add<RectificationAnswered>(e => new(
            $"{e.AnsweredByName} 第 {e.Round} 次答复整改通知，附佐证材料 {e.Evidence.Count} 项：{e.Measures}",
            $"{e.AnsweredByName} answered the notice (round {e.Round}) with {e.Evidence.Count} piece(s) of evidence: {e.Measures}"));
        Add<RectificationReviewOpened>(e => new(
            $"已生成整改答复的审核任务（第 {e.Round} 次答复）{Due(e.DueDate, "，截止日期 ", "")}。",
            $"A review task was opened for answer {e.Round}{Due(e.DueDate, ", due ", "")}."));
        Add<RectificationReviewClaimed>(e => new($"审核人 {e.ReviewerName} 领取了整改审核任务。", $"Reviewer {e.ReviewerName} claimed the rectification review."));
        Add<RectificationReviewReleased>(_ => new("审核人释放了整改审核任务，任务回到待领取。", "The reviewer released the rectification review back to the queue."));
        Add<RectificationAccepted>(e => new(
            $"审核人 {e.ReviewerName} 认可了第 {e.Round} 次整改答复，整改完成" + (e.Comment is null ? "。" : $"：{e.Comment}"),
            $"Reviewer {e.ReviewerName} accepted answer {e.Round}; the rectification is complete" + (e.Comment is null ? "." : $": {e.Comment}")));
        Add<RectificationReturned>(e => new(
            $"审核人 {e.ReviewerName} 退回了第 {e.Round} 次整改答复，须于 {Day(e.Deadline)} 前重新答复：{e.Reason}",
            $"Reviewer {e.ReviewerName} returned answer {e.Round}, to be answered again by {Day(e.Deadline)}: {e.Reason}"));
    }

    private static string UnitOf(EvaluationDrafted e) =>
        string.IsNullOrWhiteSpace(e.Form.Header.ImplementingUnit) ? e.UnitId : e.Form.Header.ImplementingUnit.Trim();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string WhereZh(EvidenceRef e) => e.IndicatorIndex is null ? "整表" : Indicator(e.IndicatorIndex, "第 ", " 项指标");

    private static string WhereEn(EvidenceRef e) => e.IndicatorIndex is null ? "whole form" : Indicator(e.IndicatorIndex, "indicator ", "");

    private static string Hash(EvidenceRef e) => e.Sha256.Length > 12 ? e.Sha256[..12] + "…" : e.Sha256;

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
        : bytes >= 1024 ? (bytes / 1024m).ToString("0.#", CultureInfo.InvariantCulture) + " KiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " B";

    /// <summary>The lines of a target declaration's events (docs/domain-rules.md#targets).</summary>
    private static void AddTargetEvents()
    {
        Add<TargetsDrafted>(e => new(
            $"单位申报了绩效目标“{e.Content.Header.ProjectName}”（{e.Content.Header.FiscalYear} 年，来源：{Names.Source(e.Source).Zh}）。",
            $"The unit declared the targets of '{e.Content.Header.ProjectName}' ({e.Content.Header.FiscalYear}, {Names.Source(e.Source).En})."));
        Add<TargetsContentReplaced>(e => new("单位修改了绩效目标内容。", "The unit replaced the declaration's content."));
        Add<TargetsSubmitted>(e => new(
            $"单位第 {e.Submission} 次提交了绩效目标，审核发现问题 {e.Findings.Count} 项。",
            $"The unit submitted the targets (submission {e.Submission}) with {e.Findings.Count} finding(s)."));
        Add<TargetReviewOpened>(e => new(
            e.Kind == ReviewTaskKind.TargetAdjustment ? $"已生成第 {e.Submission} 次调整申请的审核任务。" : $"已生成绩效目标审核任务（第 {e.Submission} 次提交）。",
            e.Kind == ReviewTaskKind.TargetAdjustment ? $"A review task was opened for adjustment {e.Submission}." : $"A review task was opened (submission {e.Submission})."));
        Add<TargetReviewClaimed>(e => new($"审核人 {e.ReviewerName} 领取了审核任务。", $"Reviewer {e.ReviewerName} claimed the review task."));
        Add<TargetReviewReleased>(_ => new("审核人退回了审核任务。", "The reviewer released the review task."));
        Add<TargetCommentAdded>(e => new(
            $"审核人 {e.ReviewerName}{Indicator(e.IndicatorIndex, "就第 ", " 项指标")}提出意见：{e.Text}",
            $"Reviewer {e.ReviewerName} commented{Indicator(e.IndicatorIndex, " on indicator ", "")}: {e.Text}"));
        Add<TargetRevisionRequested>(e => new(
            $"审核人退回修改：{string.Join("；", e.Reasons)}", $"The reviewer requested a revision: {string.Join("; ", e.Reasons)}"));
        Add<TargetsApproved>(e => new(
            $"审核人 {e.ReviewerName} 批复了绩效目标（第 {e.VersionNumber} 版），审核等级 {e.Grade}。",
            $"Reviewer {e.ReviewerName} approved the targets (version {e.VersionNumber}), review grade {e.Grade}."));
        Add<TargetsRejected>(e => new($"审核人不予通过：{e.Reason}", $"The reviewer rejected the targets: {e.Reason}"));
        Add<TargetAdjustmentRequested>(e => new(
            $"单位申请第 {e.Number} 次调整绩效目标：{e.Reason}", $"The unit asked for adjustment {e.Number}: {e.Reason}"));
        Add<TargetAdjustmentApproved>(e => new(
            $"审核人 {e.ReviewerName} 同意第 {e.Number} 次调整，形成第 {e.VersionNumber} 版绩效目标。",
            $"Reviewer {e.ReviewerName} approved adjustment {e.Number}: version {e.VersionNumber} of the targets."));
        Add<TargetAdjustmentRejected>(e => new(
            $"审核人不同意第 {e.Number} 次调整：{e.Reason}", $"The reviewer rejected adjustment {e.Number}: {e.Reason}"));
        Add<MonitoringReported>(e => new(
            $"单位报送截至 {e.Report.CutOffMonth} 月的运行监控：执行率 {N(e.Assessment.ExecutionRate)}%，{LightZh(e.Assessment.Light)}，{e.Assessment.OffTrack} 项指标预计不能完成。",
            $"The unit reported monitoring to month {e.Report.CutOffMonth}: execution {N(e.Assessment.ExecutionRate)} %, {e.Assessment.Light.ToString().ToLowerInvariant()} light, {e.Assessment.OffTrack} indicator(s) off track."));
    }

    private static string LightZh(ExecutionLight light) => light switch
    {
        ExecutionLight.Green => "绿灯",
        ExecutionLight.Yellow => "黄灯",
        _ => "红灯",
    };

    /// <summary>The event types that have a summary.</summary>
    public static IReadOnlyCollection<Type> Known => ByType.Keys;

    /// <summary>The summary of a stored event; an event type without one says so rather than failing the history.</summary>
    public static EventSummary Of(object @event) => ByType.TryGetValue(@event.GetType(), out var summarize)
        ? summarize(@event)
        : new EventSummary($"事件 {@event.GetType().Name}", $"Event {@event.GetType().Name}");

    private static void Add<T>(Func<T, EventSummary> summarize) => ByType[typeof(T)] = e => summarize((T)e);

    private static string N(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    private static string Due(DateOnly? due, string prefix, string suffix) =>
        due is { } d ? prefix + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + suffix : "";

    /// <summary>The adjusted cell as a reader names it: the execution line, or the indicator's row number.</summary>
    private static string TargetZh(ScoreTarget target) => target.Kind == ScoreTargetKind.Execution
        ? "预算执行率"
        : Indicator(target.IndicatorIndex, "第 ", " 项指标");

    private static string TargetEn(ScoreTarget target) => target.Kind == ScoreTargetKind.Execution
        ? "the budget execution rate"
        : Indicator(target.IndicatorIndex, "indicator ", "");

    private static string Indicator(int? index, string prefix, string suffix) =>
        index is { } i ? prefix + (i + 1).ToString(CultureInfo.InvariantCulture) + suffix : "";
}
