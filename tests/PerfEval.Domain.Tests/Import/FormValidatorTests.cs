using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

public class FormValidatorTests
{
    [Fact]
    public void The_seed_forms_are_valid()
    {
        Assert.All(SeedForms.All, form => Assert.Empty(FormValidator.Validate(form)));
    }

    [Fact]
    public void Nulls_that_json_can_carry_are_reported_with_their_paths()
    {
        var seed = SeedForms.MemberCard;
        var form = seed with
        {
            Header = seed.Header with { ProjectName = " " },
            Indicators = [seed.Indicators[0] with { Name = null!, Target = null! }],
        };

        var errors = FormValidator.Validate(form);

        Assert.Equal(["$.header.projectName", "$.indicators[0].name", "$.indicators[0].target"], errors.Select(e => e.Location));
    }

    [Fact]
    public void A_form_without_indicators_is_invalid()
    {
        var error = Assert.Single(FormValidator.Validate(SeedForms.MemberCard with { Indicators = [] }));

        Assert.Equal("$.indicators", error.Location);
    }
}
