using System.Text.Json;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Scoring;

/// <summary>Scorecards are stored in events: they must come back from JSON as they went in.</summary>
public class ScorecardSerializationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_scorecard_survives_a_json_round_trip(int index)
    {
        var card = ScoringEngine.Score(SeedForms.All[index], ScoringProfile.Default);

        var json = JsonSerializer.Serialize(card, FormJson.Options);
        var back = JsonSerializer.Deserialize<Scorecard>(json, FormJson.Options)!;

        Assert.Equal(card.Findings, back.Findings);
        Assert.Equal(card.Indicators, back.Indicators);
        Assert.Equal(card.Execution, back.Execution);
        Assert.Equal(card.ComputedTotal, back.ComputedTotal);
        Assert.Equal(card.ComputedGrade, back.ComputedGrade);
        Assert.Contains("\"severity\":\"error\"", json);
    }

    [Fact]
    public void A_finding_also_round_trips_with_default_serializer_options()
    {
        var finding = ScoringEngine.Score(SeedForms.MemberCard).Errors().Single();

        var back = JsonSerializer.Deserialize<Finding>(JsonSerializer.Serialize(finding));

        Assert.Equal(finding, back);
    }
}
