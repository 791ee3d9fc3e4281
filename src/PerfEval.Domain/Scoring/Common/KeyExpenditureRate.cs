using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring.Common;

/// <summary>重点支出安排率 = 重点项目支出 ÷ 项目支出合计 × 100 %; standard ≥ 80 % unless the row's target says.</summary>
public static class KeyExpenditureRate
{
    public static CommonIndicator Definition { get; } = new(
        "重点支出安排率",
        ["重点项目支出安排率"],
        Comparator.AtLeast,
        80m,
        facts => CommonIndicators.Percent(facts.KeyExpenditure, facts.ProjectExpenditure),
        "重点项目支出÷项目支出合计×100%",
        "key project expenditure ÷ all project expenditure × 100 %");
}
