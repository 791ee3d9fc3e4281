using PerfEval.Domain.Evaluations;
using PerfEval.Domain.History;
using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.History;

/// <summary>The catalogue of names: every code a person could see has a Chinese and an English name.</summary>
public class NamesTests
{
    [Fact]
    public void Every_finding_code_has_a_name_in_both_languages()
    {
        string[] import =
        [
            ImportFindings.Incomplete, ImportFindings.Unscored, ImportFindings.WeightsTotal, ImportFindings.HeadingWeight,
            ImportFindings.FundsTotal, ImportFindings.Placeholders, ImportFindings.AmountsInYuan,
        ];

        Assert.All(FindingCodes.All.Concat(import), code =>
        {
            Assert.True(Names.Findings.TryGetValue(code, out var name), code);
            Assert.False(string.IsNullOrWhiteSpace(name!.Zh));
            Assert.False(string.IsNullOrWhiteSpace(name.En));
            Assert.DoesNotContain("_", name.Zh);
        });
    }

    [Fact]
    public void Every_event_type_with_a_summary_has_a_name()
    {
        var types = IFormEvent.Types.Concat(ITargetEvent.Types).Concat(EventSummaries.Known).Distinct();

        Assert.All(types, t => Assert.True(Names.Events.ContainsKey(t.Name), t.Name));
    }

    [Theory]
    [InlineData("import:PdfText", "导入（PDF文字）", "imported (PDF text)")]
    [InlineData("api", "在线填写", "entered online")]
    [InlineData("import:Future", "导入（Future）", "imported (Future)")]
    public void A_source_reads_as_where_the_form_came_from(string source, string zh, string en)
    {
        Assert.Equal(new Name(zh, en), Names.Source(source));
    }

    [Fact]
    public void A_drafted_form_says_where_it_came_from_by_name()
    {
        var drafted = SeedLifecycle.Everything(SeedForms.MemberCard).OfType<EvaluationDrafted>().First() with { Source = "import:PdfText" };

        var summary = EventSummaries.Of(drafted);

        Assert.Contains("导入（PDF文字）", summary.Zh);
        Assert.DoesNotContain("import:", summary.En);
    }
}
