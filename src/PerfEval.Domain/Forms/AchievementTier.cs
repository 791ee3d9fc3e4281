namespace PerfEval.Domain.Forms;

/// <summary>The achievement tier written as the actual of a qualitative indicator.</summary>
public enum AchievementTier
{
    /// <summary>达成指标 / 达成年度指标, or an actual equal to the target word.</summary>
    Achieved,

    /// <summary>部分达成指标并具有一定效果.</summary>
    PartlyAchieved,

    /// <summary>未达成指标且效果较差.</summary>
    NotAchieved,
}
