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
        var reasons = new List<Reason>
        {
            new($"审定等级 {input.FinalGrade ?? "—"}：{AdviceKinds.Zh(kind)}", $"Final grade {Scoring.GradeNames.English(input.FinalGrade) ?? "—"}: {AdviceKinds.En(kind)}"),
        };

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
            reasons.Add(new("整改进行中（未逾期，不调整建议）", "Rectification under way (not overdue; the advice is not lowered)"));
        }

        return new ComputedAdvice(
            kind, kind == AdviceKind.Cut ? settings.CutPercent : null, [.. reasons.Select(r => r.Zh)], [.. reasons.Select(r => r.En)]);
    }

    /// <summary>BA-DEVIATION: the reason to lower the advice, when the re-check deviation is above the threshold.</summary>
    public static Reason? DeviationDowngrades(decimal? deviation, BudgetAdviceSettings settings) =>
        deviation is { } d && d > settings.DeviationThreshold
            ? new($"复核偏离度 {Percent(d)} 超过 {Percent(settings.DeviationThreshold)}：下调一档",
                $"Re-check deviation {Percent(d)} above {Percent(settings.DeviationThreshold)}: one step down")
            : null;

    /// <summary>BA-RECTIFICATION: the reason to lower the advice, for an overdue (or, if set, an open) notice.</summary>
    public static Reason? RectificationDowngrades(RectificationState state, BudgetAdviceSettings settings) => state switch
    {
        RectificationState.Overdue when settings.OverdueRectificationDowngrades => new("整改逾期未完成：下调一档", "Rectification overdue: one step down"),
        RectificationState.Open when settings.OpenRectificationDowngrades => new("整改尚未完成：下调一档", "Rectification not finished: one step down"),
        _ => null,
    };

    /// <summary>A reason for the advice, in Chinese and in English.</summary>
    public sealed record Reason(string Zh, string En);

    private static string Percent(decimal share) => (share * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
