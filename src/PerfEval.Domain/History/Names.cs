using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.History;

/// <summary>A code's name for people, in Chinese and English.</summary>
public sealed record Name(string Zh, string En);

/// <summary>
/// The one catalogue of names for the codes a person would otherwise see: findings (by their stable code), event
/// types (by their type name), where a form came from (its source) and the platform's own actor. The API serves it
/// (GET /api/names) and words its summaries with it; the web UI shows names from it and never a code.
/// </summary>
public static class Names
{
    public static IReadOnlyDictionary<string, Name> Findings { get; } = new Dictionary<string, Name>
    {
        [FindingCodes.WeightsNot100] = new("分值合计不为100", "Weights do not total 100"),
        [FindingCodes.ExecutionWeightUnexpected] = new("预算执行率分值与规定不符", "Unexpected execution weight"),
        [FindingCodes.ScoreAboveWeight] = new("得分超过分值", "Score above its weight"),
        [FindingCodes.ScoreNegative] = new("得分为负数", "Negative score"),
        [FindingCodes.ScoreMissing] = new("未填写得分", "Score not filled in"),
        [FindingCodes.ClaimAboveRule] = new("自评得分高于规则得分", "Claim above the rule's score"),
        [FindingCodes.ClaimOutsideTierBand] = new("自评得分不在档次区间内", "Claim outside its tier's band"),
        [FindingCodes.DeviationReasonMissing] = new("未说明偏差原因", "Reason for deviation missing"),
        [FindingCodes.ExecutionRateMismatch] = new("执行率计算不符", "Execution rate does not match"),
        [FindingCodes.ExecutionRateUndefined] = new("无法计算执行率", "Execution rate undefined"),
        [FindingCodes.ExecutionScoreMismatch] = new("预算执行率得分不符", "Execution score does not match"),
        [FindingCodes.FundsRowsNotSum] = new("资金分项合计不符", "Funds rows do not add up"),
        [FindingCodes.TotalNotSum] = new("总分与各项得分合计不符", "Total is not the sum of the scores"),
        [FindingCodes.GradeMismatch] = new("自评等级与总分不符", "Grade does not match the total"),
        [FindingCodes.GradeChangesOnRecompute] = new("按规则重算后等级变化", "Grade changes when recomputed"),
        [FindingCodes.UnitMismatch] = new("指标值与完成值单位不一致", "Target and actual in different units"),
        [FindingCodes.MeasureNotComparable] = new("完成值无法与指标值比较", "Actual not comparable with target"),
        [FindingCodes.FigureOutOfRange] = new("数值超出范围", "Figure out of range"),
        [FindingCodes.TargetWeightsNotTotal] = new("目标分值合计不符", "Target weights do not total"),
        [FindingCodes.TargetLevel1Missing] = new("缺少一级指标", "Level-1 heading missing"),
        [FindingCodes.TargetValueMissing] = new("未填写指标值", "Target value missing"),
        [FindingCodes.TargetComparatorMissing] = new("指标值缺少比较符", "Target without a comparator"),
        [FindingCodes.TargetUnitMissing] = new("指标值缺少计量单位", "Target without a unit"),
        [FindingCodes.CostTargetAtLeast] = new("成本指标使用“≥”", "Cost target set as a minimum"),
        [FindingCodes.TargetBelowPreviousActual] = new("目标低于上年实际", "Target below last year's actual"),
        [FindingCodes.TargetVague] = new("目标表述笼统", "Vague target"),
        [FindingCodes.TargetChanged] = new("与批复目标不一致", "Differs from the approved targets"),
        [FindingCodes.TargetNotApproved] = new("绩效目标未批复", "Targets not approved"),
        [FindingCodes.IndicatorCopiedAcrossUnits] = new("疑似照搬他单位指标", "Indicator copied from another unit"),
        [FindingCodes.BoilerplateIndicator] = new("模板化效益/满意度指标", "Boilerplate benefit or satisfaction indicator"),
        [FindingCodes.AllScoresMaxWithErrors] = new("存在错误仍全部满分", "Full marks despite errors"),
        [FindingCodes.IndicatorInOutputAndBenefit] = new("产出与效益重复指标", "Same indicator as output and benefit"),
        [FindingCodes.ZeroActualUnexplained] = new("完成值为零未说明原因", "Zero actual unexplained"),
        [FindingCodes.DepartmentRateMismatch] = new("共性指标完成值与部门数据不符", "Common indicator disagrees with the department's figures"),
        [FindingCodes.CommonIndicatorMissing] = new("缺少部门整体共性指标", "Common indicator missing"),
        [ImportFindings.Incomplete] = new("自评表不完整", "Form incomplete in the file"),
        [ImportFindings.Unscored] = new("自评表未评分", "Form not scored"),
        [ImportFindings.WeightsTotal] = new("分值合计与标注不符", "Printed weight total disagrees"),
        [ImportFindings.HeadingWeight] = new("一级指标分值与明细不符", "Heading weight disagrees with its rows"),
        [ImportFindings.FundsTotal] = new("资金总额与分项矛盾", "Funds total contradicts its rows"),
        [ImportFindings.Placeholders] = new("已跳过模板占位行", "Template placeholder rows skipped"),
        [ImportFindings.AmountsInYuan] = new("资金以元填列，已换算为万元", "Amounts in yuan, converted to 10,000 yuan"),
    };

    public static IReadOnlyDictionary<string, Name> Events { get; } = new Dictionary<string, Name>
    {
        ["EvaluationDrafted"] = new("创建草稿", "Draft created"),
        ["EvaluationContentReplaced"] = new("修改内容", "Content changed"),
        ["EvaluationSubmitted"] = new("提交审核", "Submitted"),
        ["EvaluationScored"] = new("规则评分", "Scored by the rules"),
        ["ReviewTaskOpened"] = new("生成审核任务", "Review task opened"),
        ["ReviewTaskClaimed"] = new("领取审核任务", "Review task claimed"),
        ["ReviewTaskReleased"] = new("放回审核任务", "Review task released"),
        ["ReviewCommentAdded"] = new("审核意见", "Review comment"),
        ["ScoreAdjusted"] = new("调整得分", "Score adjusted"),
        ["RevisionRequested"] = new("退回修改", "Revision requested"),
        ["EvaluationApproved"] = new("审核通过", "Approved"),
        ["EvaluationRejected"] = new("审核不通过", "Rejected"),
        ["ReportSectionsEdited"] = new("修改自评报告", "Report edited"),
        ["EvaluationPublished"] = new("公开", "Published"),
        ["EvaluationReopened"] = new("重新打开", "Reopened"),
        ["RecheckTaskOpened"] = new("生成复核任务", "Re-check task opened"),
        ["RecheckTaskClaimed"] = new("领取复核任务", "Re-check task claimed"),
        ["RecheckTaskReleased"] = new("放回复核任务", "Re-check task released"),
        ["RecheckTaskCompleted"] = new("完成复核", "Re-check completed"),
        ["EvidenceAttached"] = new("上传佐证材料", "Evidence attached"),
        ["EvidenceRemoved"] = new("删除佐证材料", "Evidence removed"),
        ["RecheckRecorded"] = new("记录复核", "Re-check recorded"),
        ["RecheckWithdrawn"] = new("撤回复核", "Re-check withdrawn"),
        ["BudgetAdviceOverridden"] = new("调整预算建议", "Budget advice overridden"),
        ["RectificationIssued"] = new("下发整改通知", "Rectification issued"),
        ["RectificationAnswered"] = new("报送整改情况", "Rectification answered"),
        ["RectificationReviewOpened"] = new("生成整改审核任务", "Rectification review opened"),
        ["RectificationReviewClaimed"] = new("领取整改审核任务", "Rectification review claimed"),
        ["RectificationReviewReleased"] = new("放回整改审核任务", "Rectification review released"),
        ["RectificationAccepted"] = new("整改通过", "Rectification accepted"),
        ["RectificationReturned"] = new("整改退回", "Rectification returned"),
        ["TargetsDrafted"] = new("申报绩效目标", "Targets drafted"),
        ["TargetsContentReplaced"] = new("修改绩效目标", "Targets changed"),
        ["TargetsSubmitted"] = new("提交绩效目标", "Targets submitted"),
        ["TargetReviewOpened"] = new("生成目标审核任务", "Target review opened"),
        ["TargetReviewClaimed"] = new("领取目标审核任务", "Target review claimed"),
        ["TargetReviewReleased"] = new("放回目标审核任务", "Target review released"),
        ["TargetCommentAdded"] = new("目标审核意见", "Target comment"),
        ["TargetRevisionRequested"] = new("退回修改目标", "Target revision requested"),
        ["TargetsApproved"] = new("批复绩效目标", "Targets approved"),
        ["TargetsRejected"] = new("绩效目标不通过", "Targets rejected"),
        ["TargetAdjustmentRequested"] = new("申请调整目标", "Target adjustment requested"),
        ["TargetAdjustmentApproved"] = new("同意调整目标", "Target adjustment approved"),
        ["TargetAdjustmentRejected"] = new("不同意调整目标", "Target adjustment rejected"),
        ["MonitoringReported"] = new("报送运行监控", "Monitoring reported"),
    };

    /// <summary>Where a document came from: typed in (api) or imported from a file (import:{format}).</summary>
    public static IReadOnlyDictionary<string, Name> Sources { get; } = new Dictionary<string, Name>
    {
        ["api"] = new("在线填写", "entered online"),
        ["import:PdfText"] = new("导入（PDF文字）", "imported (PDF text)"),
        ["import:Pdf"] = new("导入（PDF）", "imported (PDF)"),
        ["import:Xlsx"] = new("导入（Excel）", "imported (Excel)"),
        ["import:Json"] = new("导入（JSON）", "imported (JSON)"),
        ["import:Docx"] = new("导入（Word）", "imported (Word)"),
    };

    /// <summary>The platform's own steps (consumers, jobs), recorded as actor "system".</summary>
    public static IReadOnlyDictionary<string, Name> Actors { get; } = new Dictionary<string, Name>
    {
        ["system"] = new("系统", "System"),
    };

    /// <summary>The name of a source, or the source itself when it has none.</summary>
    public static Name Source(string source) => Sources.TryGetValue(source, out var name)
        ? name
        : source.StartsWith("import:", StringComparison.Ordinal)
            ? new Name($"导入（{source[7..]}）", $"imported ({source[7..]})")
            : new Name(source, source);
}
