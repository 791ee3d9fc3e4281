using System.Text;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

public class TextImportErrorTests
{
    private static string[] SeedLines => SeedForms.Text.Split('\n');

    private static ImportResult ImportLines(IEnumerable<string> lines) => PdfTextFormImporter.Import(string.Join('\n', lines));

    [Fact]
    public void An_empty_file_is_refused_with_what_was_expected()
    {
        var result = FormImporter.Import(new MemoryStream([]), "empty.txt");

        var error = Assert.Single(result.Errors);
        Assert.Empty(result.Forms);
        Assert.Contains("财政项目支出绩效自评表", error.Expected);
    }

    [Fact]
    public void A_funds_row_missing_a_figure_is_refused_naming_its_line()
    {
        var lines = SeedLines;
        lines[14] = "年度资金总额 72.00 63.44 63.43 10.00 99.98";

        var result = ImportLines(lines);

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 15", error.Location);
        Assert.Contains("年度资金总额", error.Message);
        Assert.Contains("6 figures", error.MessageEn);
        Assert.Equal(4, result.Forms.Count);
    }

    [Fact]
    public void A_figure_that_is_not_a_number_is_refused_not_read_as_something_else()
    {
        var lines = SeedLines;
        lines[59] = "8000.00(人) 15.00 1S.00 ";

        var result = ImportLines(lines);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("line ", error.Location);
        Assert.DoesNotContain(result.Forms, f => f.Header.ProjectName == "灵活就业工作经费");
    }

    [Theory]
    [InlineData(61, "保障发放对象符合标准率 ≥100.00(%) 100.00(%) 15.00 1S.00 ")]
    [InlineData(73, "保护灵活就业人群合法权益 保护 保护 10.00")]
    [InlineData(275, "开展敬老月活动数 2.00(场) 10.00 10.00")]
    public void A_broken_row_after_another_row_is_refused_not_taken_as_its_deviation_reason(int index, string broken)
    {
        var lines = SeedLines;
        lines[index] = broken;

        var result = ImportLines(lines);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"line {index + 1}", error.Location);
        Assert.Equal(4, result.Forms.Count);
    }

    [Fact]
    public void An_indicator_row_before_any_heading_is_refused()
    {
        var lines = SeedLines.ToList();
        lines.RemoveAt(53);

        var result = ImportLines(lines);

        var error = Assert.Single(result.Errors);
        Assert.Contains("level-1 heading", error.MessageEn);
    }

    [Fact]
    public void A_form_without_its_total_line_is_refused_and_the_others_still_import()
    {
        var lines = SeedLines.ToList();
        lines.RemoveAt(87);

        var result = ImportLines(lines);

        Assert.Single(result.Errors);
        Assert.Equal(4, result.Forms.Count);
    }

    [Fact]
    public void A_funds_label_split_by_a_space_is_still_read()
    {
        var lines = SeedLines;
        lines[16] = "其中： 当年财政拨款 72.00 63.44 63.43 - 99.98 -";

        var result = ImportLines(lines);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void A_funds_label_run_into_its_first_figure_is_refused()
    {
        var lines = SeedLines;
        lines[14] = "年度资金总额72.00 63.44 63.43 10.00 99.98 10.00";

        var error = Assert.Single(ImportLines(lines).Errors);

        Assert.Equal("line 15", error.Location);
    }

    [Fact]
    public void Title_and_year_on_one_line_and_a_grade_on_the_next_line_are_read()
    {
        var lines = SeedLines.ToList();
        lines[1] = "财政项目支出绩效自评表（2024年度）";
        lines[2] = "";
        lines[89] = "评分等级";
        lines.Insert(90, "优");

        var result = ImportLines(lines);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void Text_before_the_first_title_is_skipped_and_reported_as_skipped()
    {
        var result = ImportLines(["随便写的一行", .. SeedLines]);

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("line 1", skipped.Location);
        Assert.Equal("随便写的一行", skipped.Text);
    }

    [Fact]
    public void Text_in_neither_utf8_nor_gb18030_is_refused()
    {
        var bytes = new byte[] { 0x81, 0x30, 0x81 };

        var result = FormImporter.Import(new MemoryStream(bytes), "broken.txt");

        var error = Assert.Single(result.Errors);
        Assert.Contains("GB18030", error.MessageEn);
        Assert.Empty(result.Forms);
    }

    [Fact]
    public void Text_saved_as_gb18030_imports_the_same_forms_even_without_an_extension()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(SeedForms.Text);

        var result = FormImporter.Import(new MemoryStream(bytes), "upload");

        Assert.Equal(FormFileFormat.PdfText, result.Format);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void Windows_line_endings_import_the_same_forms()
    {
        var result = PdfTextFormImporter.Import(SeedForms.Text.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void Files_above_the_size_limit_are_refused_before_being_read_whole()
    {
        var limits = new ImportLimits { MaxBytes = 1000 };

        var result = FormImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(SeedForms.Text)), "seed.txt", limits);

        Assert.Single(result.Errors);
        Assert.Empty(result.Forms);
    }

    [Fact]
    public async Task The_async_import_reads_the_same_forms()
    {
        var result = await FormImporter.ImportAsync(File.OpenRead(SeedForms.Path), SeedForms.FileName);

        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void Content_is_sniffed_when_the_extension_says_nothing()
    {
        var result = FormImporter.Import(new MemoryStream(Encoding.UTF8.GetBytes(SeedForms.Text)), "upload.bin");

        Assert.Equal(FormFileFormat.PdfText, result.Format);
        Assert.Equal(5, result.Forms.Count);
    }

    [Fact]
    public void Unrecognisable_content_is_refused()
    {
        var result = FormImporter.Import(new MemoryStream([1, 2, 3, 4]), "upload.bin");

        Assert.Equal(FormFileFormat.Unknown, result.Format);
        Assert.Single(result.Errors);
    }
}
