using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Sampling;

/// <summary>
/// The weights of a form's risk score (docs/domain-rules.md#sampling), settings with documented defaults
/// (PerfEval:Sampling:Risk). A form's weight in the draw is its score, so every part only ever adds to the base.
/// </summary>
public sealed record RiskWeights
{
    /// <summary>Every form's score starts here, so a form with no figures still has a chance to be drawn.</summary>
    public decimal Base { get; init; } = 1m;

    /// <summary>Per tenfold of the funds' 全年预算数 (万元): amount part = Amount × log10(1 + 全年预算数).</summary>
    public decimal Amount { get; init; } = 1m;

    /// <summary>Per finding of the latest scorecard, by severity.</summary>
    public decimal ScorecardError { get; init; } = 2m;
    public decimal ScorecardWarning { get; init; } = 0.5m;
    public decimal ScorecardInfo { get; init; } = 0.1m;

    /// <summary>Per finding across forms and years, by severity.</summary>
    public decimal CrossFormError { get; init; } = 2m;
    public decimal CrossFormWarning { get; init; } = 1m;
    public decimal CrossFormInfo { get; init; } = 0.25m;

    /// <summary>Findings of one severity counted at most this many times (one sloppy form does not swamp a year).</summary>
    public int MaxFindingsPerSeverity { get; init; } = 10;

    /// <summary>Times the unit's previous-year 偏离度 (a share in [0, 1]): 0.2 → 2 with the default.</summary>
    public decimal Deviation { get; init; } = 10m;

    public static RiskWeights Default { get; } = new();
}

/// <summary>How many findings of each severity.</summary>
public readonly record struct FindingCounts(int Errors, int Warnings, int Infos)
{
    public static FindingCounts None => default;

    public FindingCounts Add(Severity severity) => severity switch
    {
        Severity.Error => this with { Errors = Errors + 1 },
        Severity.Warning => this with { Warnings = Warnings + 1 },
        _ => this with { Infos = Infos + 1 },
    };

    /// <summary>Counts the scorecard's finding codes of the yearly facts by the severity each code carries.</summary>
    public static FindingCounts OfCodes(IEnumerable<string> codes) =>
        codes.Aggregate(None, (counts, code) => counts.Add(FindingSeverities.Of(code)));

    /// <summary>
    /// Counts the codes of a JSON array of strings as the database gives it (<c>["A", "B"]</c>) without parsing it
    /// into objects: each quoted text is a code (codes hold no quotes or escapes).
    /// </summary>
    public static FindingCounts OfJsonArray(ReadOnlySpan<char> json)
    {
        var counts = None;
        while (json.IndexOf('"') is var open and >= 0)
        {
            json = json[(open + 1)..];
            var close = json.IndexOf('"');
            if (close < 0)
            {
                break;
            }

            counts = counts.Add(FindingSeverities.Of(json[..close]));
            json = json[(close + 1)..];
        }

        return counts;
    }
}

/// <summary>What a form's risk score is computed from.</summary>
/// <param name="Amount">全年预算数 of the funds' total row (万元), when the form has it.</param>
/// <param name="Scorecard">Findings of the latest scorecard by severity.</param>
/// <param name="CrossForm">Findings across forms and years by severity (none when the form was not checked yet).</param>
/// <param name="PreviousDeviation">The unit's 偏离度 of the previous year, a share in [0, 1]; null when unknown.</param>
public sealed record RiskInputs(decimal? Amount, FindingCounts Scorecard, FindingCounts CrossForm, decimal? PreviousDeviation);

/// <summary>A form's risk score and the parts it adds up from, each rounded to 4 decimals.</summary>
public sealed record RiskParts(decimal Score, decimal Base, decimal Amount, decimal Scorecard, decimal CrossForm, decimal Deviation);

/// <summary>The risk score of a form (docs/domain-rules.md#sampling). Pure.</summary>
public static class RiskScore
{
    public static RiskParts Of(RiskInputs inputs, RiskWeights weights)
    {
        var amount = inputs.Amount is { } a && a > 0
            ? weights.Amount * (decimal)Math.Log10(1d + (double)a)
            : 0m;
        var scorecard = Weigh(inputs.Scorecard, weights.ScorecardError, weights.ScorecardWarning, weights.ScorecardInfo, weights);
        var cross = Weigh(inputs.CrossForm, weights.CrossFormError, weights.CrossFormWarning, weights.CrossFormInfo, weights);
        var deviation = inputs.PreviousDeviation is { } d ? weights.Deviation * Math.Clamp(d, 0m, 1m) : 0m;
        var (b, m, s, c, v) = (Round(weights.Base), Round(amount), Round(scorecard), Round(cross), Round(deviation));
        return new RiskParts(b + m + s + c + v, b, m, s, c, v);
    }

    private static decimal Weigh(FindingCounts counts, decimal error, decimal warning, decimal info, RiskWeights weights) =>
        (error * Math.Min(counts.Errors, weights.MaxFindingsPerSeverity))
        + (warning * Math.Min(counts.Warnings, weights.MaxFindingsPerSeverity))
        + (info * Math.Min(counts.Infos, weights.MaxFindingsPerSeverity));

    /// <summary>Risk figures are kept to 4 decimals: what the population hash and the draw see.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
