using System.Globalization;

namespace PerfEval.Domain.BudgetAdvice;

/// <summary>
/// The budget advice of one approved project (docs/domain-rules.md#budget-advice): BA-GRADE maps the final grade, then
/// BA-DEVIATION and BA-RECTIFICATION each lower it one step, never past 取消或暂停. Pure.
/// </summary>
public static class AdviceRules
{
    public static ComputedAdvice Compute(AdviceInput input, BudgetAdviceSettings settings)
    {
        var kind = settings.OfGrade(input.FinalGrade);
        var reasons = new List<string> { $"审定等级 {input.FinalGrade ?? "—"}：{AdviceKinds.Zh(kind)}" };

        if (DeviationDowngrades(input.Deviation, settings) is { } deviation)
        {
            kind = AdviceKinds.Down(kind);
            reasons.Add(deviation);
        }

        if (RectificationDowngrades(input.Rectification, settings) is { } rectification)
        {
            kind = AdviceKinds.Down(kind);
            reasons.Add(rectification);
        }
        else if (input.Rectification == RectificationState.Open)
        {
            reasons.Add("整改进行中（未逾期，不调整建议）");
        }

        return new ComputedAdvice(kind, kind == AdviceKind.Cut ? settings.CutPercent : null, reasons);
    }

    /// <summary>BA-DEVIATION: the reason to lower the advice, when the re-check deviation is above the threshold.</summary>
    public static string? DeviationDowngrades(decimal? deviation, BudgetAdviceSettings settings) =>
        deviation is { } d && d > settings.DeviationThreshold
            ? $"复核偏离度 {Percent(d)} 超过 {Percent(settings.DeviationThreshold)}：下调一档"
            : null;

    /// <summary>BA-RECTIFICATION: the reason to lower the advice, for an overdue (or, if set, an open) notice.</summary>
    public static string? RectificationDowngrades(RectificationState state, BudgetAdviceSettings settings) => state switch
    {
        RectificationState.Overdue when settings.OverdueRectificationDowngrades => "整改逾期未完成：下调一档",
        RectificationState.Open when settings.OpenRectificationDowngrades => "整改尚未完成：下调一档",
        _ => null,
    };

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
