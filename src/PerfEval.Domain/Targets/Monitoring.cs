using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Targets;

/// <summary>
/// A mid-year monitoring report (运行监控) as the unit fills it in at the year's cut-off month: execution to date and,
/// per indicator of the approved targets, the value so far, whether it is on track, and the reason and remedy where
/// it is not.
/// </summary>
public sealed record MonitoringReport
{
    /// <summary>The month the report runs to (1–12): execution "to date" means to the end of this month.</summary>
    public required int CutOffMonth { get; init; }

    /// <summary>执行数 to date (万元).</summary>
    public required decimal ExecutedToDate { get; init; }

    public required IReadOnlyList<IndicatorProgress> Indicators { get; init; }

    /// <summary>Anything else the unit wants the finance bureau to know.</summary>
    public string? Remark { get; init; }
}

/// <summary>One indicator's progress at the cut-off.</summary>
/// <param name="Index">Index into the approved version's indicators.</param>
/// <param name="ValueSoFar">The value reached so far, as written ("4200(人)", "按计划推进").</param>
/// <param name="OnTrack">Whether the year's target will be reached.</param>
/// <param name="Reason">Why not (required when not on track).</param>
/// <param name="Remedy">What the unit will do about it (required when not on track).</param>
public sealed record IndicatorProgress(int Index, string ValueSoFar, bool OnTrack, string? Reason = null, string? Remedy = null);

/// <summary>The execution light of a monitoring report.</summary>
public enum ExecutionLight
{
    Green,
    Yellow,
    Red,
}

/// <summary>The platform's reading of a monitoring report.</summary>
/// <param name="ExecutionRate">Executed to date ÷ the approved budget's total, in percent (null: no budget).</param>
/// <param name="ElapsedShare">The share of the year elapsed at the cut-off, in percent (cut-off month ÷ 12).</param>
/// <param name="Pace">Execution rate ÷ elapsed share, in percent: what the light is read from.</param>
/// <param name="OffTrack">How many indicators the unit reports as not on track.</param>
public sealed record MonitoringAssessment(
    decimal? ExecutionRate, decimal ElapsedShare, decimal? Pace, ExecutionLight Light, int OffTrack);

/// <summary>
/// The execution light (docs/domain-rules.md#monitoring): the execution rate against the share of the year elapsed.
/// Below the profile's red threshold (60 %) red, below its yellow threshold (80 %) yellow, otherwise green; a project
/// with no budget to measure against is red, since nothing shows it is spending.
/// </summary>
public static class MonitoringRules
{
    public static MonitoringAssessment Assess(MonitoringReport report, TargetContent approved, ScoringProfile profile)
    {
        var elapsed = Math.Round(report.CutOffMonth * 100m / 12m, 2, MidpointRounding.AwayFromZero);
        decimal? rate = approved.Budget.Total is > 0m and var budget
            ? Math.Round(report.ExecutedToDate / budget * 100m, 2, MidpointRounding.AwayFromZero)
            : null;
        decimal? pace = rate is { } r ? Math.Round(r / elapsed * 100m, 2, MidpointRounding.AwayFromZero) : null;
        return new MonitoringAssessment(
            rate, elapsed, pace, LightOf(pace, profile), report.Indicators.Count(i => !i.OnTrack));
    }

    /// <summary>The light for a pace (execution rate ÷ elapsed share, in percent).</summary>
    public static ExecutionLight LightOf(decimal? pace, ScoringProfile profile) => pace switch
    {
        null => ExecutionLight.Red,
        < 0m => ExecutionLight.Red,
        { } p when p < profile.MonitoringRedBelow => ExecutionLight.Red,
        { } p when p < profile.MonitoringYellowBelow => ExecutionLight.Yellow,
        _ => ExecutionLight.Green,
    };
}

/// <summary>What a monitoring report must say to be accepted; each refusal names the cell.</summary>
public static class MonitoringValidation
{
    public const int MaxTextLength = 2000;

    public static DomainError? Problem(MonitoringReport report, TargetContent approved)
    {
        if (report.CutOffMonth is < 1 or > 12)
        {
            return Invalid("monitoring.month_invalid", "cutOffMonth", "截止月份须在 1 到 12 之间。", "The cut-off month must be 1 to 12.");
        }

        if (report.ExecutedToDate < 0m || report.ExecutedToDate > 1_000_000_000m)
        {
            return Invalid("monitoring.executed_invalid", "executedToDate", "执行数须为 0 到 10 亿万元之间的数。",
                "The amount executed must be between 0 and 1,000,000,000 (10k yuan).");
        }

        if (report.Remark is { Length: > MaxTextLength })
        {
            return Invalid("monitoring.text_too_long", "remark", $"说明不能超过 {MaxTextLength} 字。", $"The remark is limited to {MaxTextLength} characters.");
        }

        var seen = new HashSet<int>();
        foreach (var (progress, i) in report.Indicators.Select((p, i) => (p, i)))
        {
            var cell = $"indicators[{i}]";
            if (progress.Index < 0 || progress.Index >= approved.Indicators.Count || !seen.Add(progress.Index))
            {
                return Invalid("monitoring.indicator_invalid", cell + ".index",
                    $"第 {i + 1} 行指向的指标不存在或重复。", $"Row {i + 1} names an indicator that does not exist or is named twice.");
            }

            var name = approved.Indicators[progress.Index].Name;
            if (string.IsNullOrWhiteSpace(progress.ValueSoFar) || progress.ValueSoFar.Length > MaxTextLength)
            {
                return Invalid("monitoring.value_required", cell + ".valueSoFar",
                    $"“{name}”须填写截至目前的完成值。", $"'{name}' needs the value reached so far.");
            }

            if (!progress.OnTrack && (Blank(progress.Reason) || Blank(progress.Remedy)))
            {
                return Invalid("monitoring.reason_required", cell + (Blank(progress.Reason) ? ".reason" : ".remedy"),
                    $"“{name}”预计不能完成，须说明原因和纠偏措施。", $"'{name}' is not on track: a reason and a remedy are required.");
            }

            if (progress.Reason is { Length: > MaxTextLength } || progress.Remedy is { Length: > MaxTextLength })
            {
                return Invalid("monitoring.text_too_long", cell, $"原因和措施各不能超过 {MaxTextLength} 字。",
                    $"A reason or remedy is limited to {MaxTextLength} characters.");
            }
        }

        return null;
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static DomainError Invalid(string code, string cell, string message, string messageEn) =>
        new(ErrorKind.Invalid, code, $"{message}（{cell}）", $"{messageEn} ({cell})");
}
