using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring.Common;

/// <summary>“三公”经费变动率 = (本年度 − 上年度) ÷ 上年度 × 100 %; standard ≤ 0 % (no growth).</summary>
public static class ThreePublicChangeRate
{
    public static CommonIndicator Definition { get; } = new(
        "“三公”经费变动率",
        ["三公经费变动率", "“三公”经费控制率", "三公经费控制率"],
        Comparator.AtMost,
        0m,
        facts => CommonIndicators.Percent(facts.ThreePublicCurrent - facts.ThreePublicPrevious, facts.ThreePublicPrevious),
        "（本年度“三公”经费−上年度“三公”经费）÷上年度“三公”经费×100%",
        "(this year's − last year's \"three public\" spending) ÷ last year's × 100 %");
}
