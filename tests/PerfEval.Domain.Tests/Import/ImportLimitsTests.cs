using System.Text;
using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

/// <summary>Explicit bounds keep a hostile or broken file from costing unbounded time or memory.</summary>
public class ImportLimitsTests
{
    [Fact]
    public void An_xlsx_that_expands_beyond_the_limit_is_refused_before_it_is_opened()
    {
        var bytes = XlsxFormExporter.ToBytes([SeedForms.MemberCard]);

        var result = FormImporter.Import(bytes, "bomb.xlsx", new ImportLimits { MaxUncompressedBytes = 10_000 });

        var error = Assert.Single(result.Errors);
        Assert.Equal("workbook", error.Location);
        Assert.Contains("uncompressed", error.MessageEn);
    }

    [Fact]
    public void A_worksheet_with_more_rows_than_the_limit_is_refused()
    {
        using var workbook = new XLWorkbook(new MemoryStream(XlsxFormExporter.ToBytes([SeedForms.MemberCard])));
        workbook.Worksheet(1).Cell(300, 1).SetValue("x");
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);

        var result = FormImporter.Import(buffer.ToArray(), "long.xlsx", new ImportLimits { MaxSheetRows = 200 });

        var error = Assert.Single(result.Errors);
        Assert.EndsWith("!A300", error.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_form_with_more_indicators_than_the_limit_is_refused()
    {
        var result = FormImporter.Import(Encoding.UTF8.GetBytes(SeedForms.Text), "seed.txt", new ImportLimits { MaxIndicatorsPerForm = 9 });

        Assert.Equal(["灵活就业工作经费", "青浦区劳模创新工作室创建"], result.Forms.Select(f => f.Header.ProjectName));
        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("at most 9 indicators", e.MessageEn));
    }

    [Fact]
    public void Lines_longer_than_the_limit_are_refused()
    {
        var text = SeedForms.Text + new string('字', 30_000);
        var longLine = text.Split('\n').Length;

        var result = FormImporter.Import(Encoding.UTF8.GetBytes(text), "long-line.txt");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"line {longLine}", error.Location);
        Assert.Empty(result.Forms);
    }
}
