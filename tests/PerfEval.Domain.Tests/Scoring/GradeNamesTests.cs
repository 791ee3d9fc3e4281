using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>The 评分等级 cell's grades in English texts (notifications): each of 优/良/中/差, anything else kept.</summary>
public class GradeNamesTests
{
    [Theory]
    [InlineData("优", "Excellent")]
    [InlineData("良", "Good")]
    [InlineData("中", "Fair")]
    [InlineData("差", "Poor")]
    [InlineData("合格", "合格")]
    [InlineData(null, null)]
    public void A_grade_has_its_English_name_and_any_other_text_stays_as_it_is(string? grade, string? english) =>
        Assert.Equal(english, GradeNames.English(grade));
}
