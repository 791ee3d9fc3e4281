using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Tests.Forms;

public class MeasureParseTests
{
    [Theory]
    [InlineData("≥8000.00(人)", Comparator.AtLeast, 8000.00, "人")]
    [InlineData(">=95", Comparator.AtLeast, 95, null)]
    [InlineData("＞5（场）", Comparator.MoreThan, 5, "场")]
    [InlineData("=100", Comparator.Equal, 100, null)]
    [InlineData("=100.00(%)", Comparator.Equal, 100.00, "%")]
    [InlineData("≤3.5万元", Comparator.AtMost, 3.5, "万元")]
    [InlineData("<=20(%)", Comparator.AtMost, 20, "%")]
    [InlineData("<1", Comparator.LessThan, 1, null)]
    [InlineData("≥ 176000.00 (张)", Comparator.AtLeast, 176000.00, "张")]
    [InlineData("≥90％", Comparator.AtLeast, 90, "%")]
    [InlineData("≥176,000(张)", Comparator.AtLeast, 176000, "张")]
    public void Quantitative_targets_read_comparator_number_and_unit(string text, Comparator comparator, double number, string? unit)
    {
        var measure = Measure.Parse(text);

        Assert.Equal(MeasureKind.Quantity, measure.Kind);
        Assert.Equal(comparator, measure.Comparator);
        Assert.Equal((decimal)number, measure.Number);
        Assert.Equal(unit, measure.Unit);
        Assert.Equal(text, measure.Text);
    }

    [Theory]
    [InlineData("8000.00(人)", 8000.00, "人")]
    [InlineData("140000.00(张)", 140000.00, "张")]
    [InlineData("95", 95, null)]
    [InlineData("36人", 36, "人")]
    public void Actuals_without_comparator_read_number_and_unit(string text, double number, string? unit)
    {
        var measure = Measure.Parse(text);

        Assert.Equal(MeasureKind.Quantity, measure.Kind);
        Assert.Null(measure.Comparator);
        Assert.Equal((decimal)number, measure.Number);
        Assert.Equal(unit, measure.Unit);
    }

    [Theory]
    [InlineData("达成指标", AchievementTier.Achieved)]
    [InlineData("达成年度指标", AchievementTier.Achieved)]
    [InlineData("部分达成指标并具有一定效果", AchievementTier.PartlyAchieved)]
    [InlineData("部分达成指\n标并具有一\n定效果", AchievementTier.PartlyAchieved)]
    [InlineData("未达成指标且效果较差", AchievementTier.NotAchieved)]
    public void Achievement_tiers_are_recognised(string text, AchievementTier tier)
    {
        var measure = Measure.Parse(text);

        Assert.Equal(MeasureKind.Tier, measure.Kind);
        Assert.Equal(tier, measure.Tier);
    }

    [Theory]
    [InlineData("增强")]
    [InlineData("健全有效")]
    [InlineData("及时")]
    [InlineData("≥良好")]
    [InlineData("100(人")]
    [InlineData("12-34")]
    [InlineData("99999999999999999999999999999")]
    public void Anything_else_is_a_qualitative_word_kept_as_written(string text)
    {
        var measure = Measure.Parse(text);

        Assert.Equal(MeasureKind.Qualitative, measure.Kind);
        Assert.Equal(text, measure.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_cells_are_empty(string? text)
    {
        Assert.Equal(MeasureKind.Empty, Measure.Parse(text).Kind);
    }
}
