namespace PerfEval.Domain.Verification;

/// <summary>
/// The rulebook shipped with the platform (region "default", version 1), answered wherever a region and year have none
/// stored: the clauses finance bureaus' published re-checks cite (docs/domain-rules.md#rulebook).
/// </summary>
public static class DefaultRulebook
{
    public const string Region = "default";

    /// <summary>The year the shipped rulebook is stored under: it answers every year.</summary>
    public const int Year = 0;

    public static Rulebook Instance { get; } = new(Region, Year, 1,
    [
        new("FH-01", "无佐证材料，该项不得分", "No evidence: the cell scores 0", ClauseScope.Any, ClauseKind.Zero),
        new("FH-02", "指标与项目无关，该项不得分", "Indicator unrelated to the project: 0", ClauseScope.Indicator, ClauseKind.Zero),
        new("FH-03", "满意度指标无调查问卷或统计，该项不得分", "Satisfaction indicator without a survey: 0",
            ClauseScope.Indicator, ClauseKind.Zero, Level1: "满意度"),
        new("FH-04", "同一指标在产出和效益中重复计列，只计一次，重复项不得分", "Counted under both 产出 and 效益: the duplicate scores 0",
            ClauseScope.Indicator, ClauseKind.Zero),
        new("FH-05", "指标无法评估（表述不清），扣减分值的30%", "Not assessable (unclear): 30 % of the weight deducted",
            ClauseScope.Indicator, ClauseKind.DeductShare, 0.3m),
        new("FH-06", "指标无法评估（无法量化），扣减分值的60%", "Not assessable (not measurable): 60 % of the weight deducted",
            ClauseScope.Indicator, ClauseKind.DeductShare, 0.6m),
        new("FH-07", "指标无法评估（无任何依据），扣减分值的100%", "Not assessable (no basis at all): 100 % of the weight deducted",
            ClauseScope.Indicator, ClauseKind.DeductShare, 1m),
        new("FH-08", "完成值超过指标值130%，不予扣分", "Above 130 % of the target: not penalised",
            ClauseScope.Indicator, ClauseKind.FullWeight),
        new("FH-09", "经核实已按自评完成，得满分", "Verified as achieved: full weight", ClauseScope.Any, ClauseKind.FullWeight),
        new("FH-10", "按核实的完成值与指标值之比计分", "Scored by the verified actual over the target",
            ClauseScope.Any, ClauseKind.Proportional),
        new("FH-11", "复核人依据佐证材料酌情评分（须说明理由）", "The reviewer's own score on the evidence (remark required)",
            ClauseScope.Any, ClauseKind.Judgement),
    ]);
}
