using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring.Common;

/// <summary>在职人员控制率 = 在职人员数 ÷ 编制数 × 100 %; standard ≤ 100 %.</summary>
public static class StaffControlRate
{
    public static CommonIndicator Definition { get; } = new(
        "在职人员控制率",
        ["人员控制率"],
        Comparator.AtMost,
        100m,
        facts => CommonIndicators.Percent(facts.ActualStaff, facts.AuthorizedStaff),
        "在职人员数÷编制数×100%",
        "staff employed ÷ staff places × 100 %");
}
