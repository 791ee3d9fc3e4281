using PerfEval.Domain.Export;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Export;

public class RoundTripTests
{
    public static TheoryData<int> SeedIndexes() => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(SeedIndexes))]
    public void Given_a_seed_form_When_exported_to_xlsx_and_imported_Then_it_equals_the_original(int index)
    {
        var form = SeedForms.All[index];

        var bytes = XlsxFormExporter.ToBytes([form]);
        var result = FormImporter.Import(new MemoryStream(bytes), "form.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(form, Assert.Single(result.Forms));
    }

    [Theory]
    [MemberData(nameof(SeedIndexes))]
    public void Given_a_seed_form_When_exported_to_json_and_imported_Then_it_equals_the_original(int index)
    {
        var form = SeedForms.All[index];
        using var buffer = new MemoryStream();

        JsonFormExporter.Export(form, buffer);
        var result = FormImporter.Import(new MemoryStream(buffer.ToArray()), "form.json");

        Assert.Empty(result.Errors);
        Assert.Equal(form, Assert.Single(result.Forms));
    }

    [Fact]
    public void All_seed_forms_round_trip_through_one_workbook_with_a_sheet_each()
    {
        var bytes = XlsxFormExporter.ToBytes(SeedForms.All);

        var result = FormImporter.Import(new MemoryStream(bytes), "all.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void All_seed_forms_round_trip_through_a_json_array()
    {
        using var buffer = new MemoryStream();
        JsonFormExporter.Export(SeedForms.All, buffer);

        var result = FormImporter.Import(new MemoryStream(buffer.ToArray()), "all.json");

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void Text_cells_that_look_like_numbers_or_formulas_survive_the_xlsx_round_trip()
    {
        var seed = SeedForms.InnovationStudio;
        var form = seed with
        {
            Header = seed.Header with { ProjectName = "2024" },
            Indicators = [seed.Indicators[0] with { Name = "=SUM(A1)", Target = "8000", Actual = "1e5", DeviationReason = "TRUE" }, .. seed.Indicators.Skip(1)],
        };

        var result = FormImporter.Import(new MemoryStream(XlsxFormExporter.ToBytes([form])), "tricky.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(form, Assert.Single(result.Forms));
    }

    [Fact]
    public void Figures_with_more_digits_than_a_double_holds_survive_the_xlsx_round_trip()
    {
        var seed = SeedForms.RetireeCommittee;
        var form = seed with
        {
            Funds = seed.Funds with { Total = seed.Funds.Total with { Executed = 10.123456789012345678m } },
            Indicators = [seed.Indicators[0] with { ClaimedScore = 9.999999999999999999m }, .. seed.Indicators.Skip(1)],
        };

        var result = FormImporter.Import(new MemoryStream(XlsxFormExporter.ToBytes([form])), "precise.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(form, Assert.Single(result.Forms));
    }

    [Fact]
    public void Forms_differing_in_one_indicator_cell_are_not_equal()
    {
        var form = SeedForms.MemberCard;
        var changed = form with { Indicators = [.. form.Indicators.Take(3), form.Indicators[3] with { ClaimedScore = 5.99m }, .. form.Indicators.Skip(4)] };
        var copy = form with { Indicators = [.. form.Indicators] };

        Assert.NotEqual(form, changed);
        Assert.Equal(form, copy);
        Assert.Equal(form.GetHashCode(), copy.GetHashCode());
    }
}
