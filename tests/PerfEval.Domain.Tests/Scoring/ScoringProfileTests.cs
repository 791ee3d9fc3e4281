using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Scoring;

public class ScoringProfileTests
{
    [Fact]
    public void The_default_profile_is_the_method_of_design_section_2()
    {
        var profile = ScoringProfile.Default;

        Assert.Equal(10m, profile.ExecutionWeight);
        Assert.Equal(0.01m, profile.Tolerance);
        Assert.Equal(90m, profile.DeviationReasonRateThreshold);
        Assert.Equal(UpperLimitFormula.LinearDecline, profile.UpperLimitFormula);
        Assert.Equal(["优", "良", "中", "差"], profile.Grades.Select(g => g.Grade));
    }

    [Fact]
    public void Named_profiles_are_found_by_name()
    {
        Assert.Same(ScoringProfile.Hubei, ScoringProfile.ByName("HUBEI"));
        Assert.Null(ScoringProfile.ByName("atlantis"));
    }

    [Fact]
    public void The_integer_profile_computes_the_execution_score_as_an_integer_and_accepts_it_printed_so()
    {
        var studio = SeedForms.InnovationStudio;
        var printedAsInteger = studio with { Funds = studio.Funds with { ClaimedScore = 8m }, ClaimedTotal = 95.8m };

        var card = ScoringEngine.Score(printedAsInteger, ScoringProfile.IntegerExecutionScore);

        Assert.Equal(8m, card.Execution.ComputedScore);
        Assert.Empty(card.Errors());
    }

    [Fact]
    public void A_tolerance_setting_widens_what_counts_as_matching()
    {
        var loose = ScoringProfile.Default with { Name = "loose", Tolerance = 0.5m };

        var card = ScoringEngine.Score(SeedForms.InnovationStudio, loose);

        Assert.Empty(card.Errors());
    }
}
