using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Scoring;

/// <summary>
/// Qualitative indicators are not computed but checked against the tier of the actual (财预〔2020〕10号):
/// 达成 → [80 %, 100 %] of the weight; 部分达成 → [60 %, 80 %); 未达成 → [0, 60 %). The shares are profile settings.
/// </summary>
public static class QualitativeRule
{
    /// <summary>The tier of an actual against its target: a tier phrase, or the target's own word (counts as achieved).</summary>
    public static AchievementTier? TierOf(Measure target, Measure actual) => actual.Kind switch
    {
        MeasureKind.Tier => actual.Tier,
        MeasureKind.Qualitative when target.Kind == MeasureKind.Qualitative && target.Word == actual.Word => AchievementTier.Achieved,
        _ => null,
    };

    public static ScoreBand Band(AchievementTier tier, decimal weight, ScoringProfile profile)
    {
        var w = Math.Max(weight, 0m);
        return tier switch
        {
            AchievementTier.Achieved => new ScoreBand(w * profile.AchievedFloor, w, MaxInclusive: true),
            AchievementTier.PartlyAchieved => new ScoreBand(w * profile.PartlyAchievedFloor, w * profile.AchievedFloor, MaxInclusive: false),
            _ => new ScoreBand(0m, w * profile.PartlyAchievedFloor, MaxInclusive: false),
        };
    }

    /// <summary>Above the band: over its maximum (beyond the tolerance when inclusive; at or over it when exclusive).</summary>
    public static bool IsAbove(ScoreBand band, decimal claimed, decimal tolerance) =>
        band.MaxInclusive ? Arithmetic.IsAbove(claimed, band.Max, tolerance) : claimed >= band.Max;

    public static bool IsBelow(ScoreBand band, decimal claimed, decimal tolerance) => Arithmetic.IsBelow(claimed, band.Min, tolerance);
}
