using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// Published forms as PDF files (text layer read by position) and Word documents, told by their content: the seed's five
/// forms come out cell for cell as from the extracted text; a scan and a broken file are refused with the reason.
/// </summary>
public class FileTypeImportTests
{
    private static string[] SeedLines => SeedForms.Text.Split('\n');

    /// <summary>
    /// The seed forms as a PDF gives them: a run of spaces inside a cell is one gap there (the fifth form's goal has
    /// two spaces), every other cell as in the text.
    /// </summary>
    private static IReadOnlyList<Domain.Forms.EvaluationForm> Expected { get; } =
        [.. SeedForms.All.Select(f => f with { Goals = f.Goals with { Expected = string.Join(' ', f.Goals.Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries)) } })];

    [Fact]
    public void A_pdf_with_a_text_layer_gives_the_seed_forms()
    {
        var result = FormImporter.Import(TestPdfs.Text(SeedLines), "自评表.pdf");

        Assert.Equal(FormFileFormat.Pdf, result.Format);
        Assert.Empty(result.Errors);
        Assert.Equal(Expected, result.Forms);
    }

    [Fact]
    public void A_pdf_whose_cells_are_drawn_in_scrambled_order_is_read_by_position()
    {
        var result = FormImporter.Import(TestPdfs.Text(SeedLines, new Random(21)), "scrambled.pdf");

        Assert.Empty(result.Errors);
        Assert.Equal(Expected, result.Forms);
    }

    [Theory]
    [InlineData("upload.bin")]
    [InlineData("forms.txt")]
    [InlineData("")]
    public void A_pdf_is_told_by_its_content_whatever_its_name(string name)
    {
        var result = FormImporter.Import(TestPdfs.Text(SeedLines), name);

        Assert.Equal(FormFileFormat.Pdf, result.Format);
        Assert.Equal(5, result.Forms.Count);
    }

    [Fact]
    public void A_pdf_with_a_cover_page_before_the_forms_skips_it()
    {
        var lines = new[] { "2024年度项目支出绩效自评结果公开", "青浦区总工会", "2025年5月" }.Concat(SeedLines);

        var result = FormImporter.Import(TestPdfs.Text(lines), "公开.pdf");

        Assert.Equal(Expected, result.Forms);
        Assert.Contains("2024年度项目支出绩效自评结果公开", result.Skipped[0].Text);
    }

    [Fact]
    public void A_scanned_pdf_is_refused_saying_it_has_no_text_layer()
    {
        var result = FormImporter.Import(TestPdfs.Scanned(pages: 3), "扫描件.pdf");

        var error = Assert.Single(result.Errors);
        Assert.Equal(FormFileFormat.Pdf, result.Format);
        Assert.Contains("扫描件没有文字层", error.Message);
        Assert.Contains("3页", error.Message);
        Assert.Empty(result.Forms);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_not_thrown()
    {
        var bytes = TestPdfs.Text(SeedLines);

        var result = FormImporter.Import(bytes[..(bytes.Length / 3)], "cut.pdf");

        Assert.Empty(result.Forms);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void A_word_document_with_the_forms_in_tables_gives_the_seed_forms()
    {
        var result = FormImporter.Import(TestDocx.FromLines(["关于2024年度项目支出绩效自评情况的报告", .. SeedLines]), "自评表.docx");

        Assert.Equal(FormFileFormat.Docx, result.Format);
        Assert.Empty(result.Errors);
        Assert.Equal(SeedForms.All, result.Forms);
        Assert.Single(result.Skipped);
    }

    [Fact]
    public void A_word_document_is_told_from_a_workbook_by_its_content()
    {
        var result = FormImporter.Import(TestDocx.FromLines(SeedLines), "upload.xlsx");

        Assert.Equal(FormFileFormat.Docx, result.Format);
        Assert.Equal(5, result.Forms.Count);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused_as_such()
    {
        var bytes = TestDocx.FromLines(SeedLines);

        var result = FormImporter.Import(bytes[..(bytes.Length / 2)], "cut.docx");

        Assert.Empty(result.Forms);
        Assert.NotEmpty(result.Errors);
    }
}
