using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Import;

/// <summary>
/// Every regional test document gives the same forms as text, as a PDF drawn in any order, as a Word document and as
/// a workbook in the region's own layout (a Sichuan export's pipes are cell borders, not text, in the other files).
/// </summary>
public class RegionalFileTypeTests
{
    [Theory]
    [InlineData("central", "row-per-line-zero-total.txt")]
    [InlineData("central", "cell-per-line-yuan-placeholders.txt")]
    [InlineData("central", "unscored-with-instructions.txt")]
    [InlineData("sichuan", "pipe-rows-scored.txt")]
    [InlineData("sichuan", "cell-per-line-unscored.txt")]
    [InlineData("sichuan", "run-together.txt")]
    [InlineData("hubei", "ocr-checkboxes-scored.txt")]
    [InlineData("hubei", "unscored-template.txt")]
    [InlineData("hubei", "two-forms-one-cut.txt")]
    [InlineData("department-wide", "row-per-line-with-figures.txt")]
    [InlineData("department-wide", "cell-per-line-expenditure-rows.txt")]
    [InlineData("department-wide", "income-rows-2021-template.txt")]
    public void The_same_forms_come_from_a_pdf_drawn_in_any_order_a_word_document_and_a_workbook(string family, string name)
    {
        var lines = RegionalDocuments.Text(family, name).Split('\n').Select(l => l.Replace("|", " ", StringComparison.Ordinal).Trim()).ToArray();
        var expected = RegionalDocuments.Read(family, name);

        var fromPdf = FormImporter.Import(TestPdfs.Text(lines, new Random(name.Length)), name + ".pdf");
        var fromDocx = FormImporter.Import(TestDocx.FromLines(lines), name + ".docx");
        var fromXlsx = FormImporter.Import(TestXlsx.FromLines(lines), name + ".xlsx");

        Assert.NotEmpty(expected.Outcomes);
        Assert.Equal(expected.Forms, fromPdf.Forms);
        Assert.Equal(expected.Forms, fromDocx.Forms);
        Assert.Equal(expected.Forms, fromXlsx.Forms);
        var outcomes = expected.Outcomes.Select(o => (o.Status, o.Layout)).ToArray();
        Assert.Equal(outcomes, fromPdf.Outcomes.Select(o => (o.Status, o.Layout)));
        Assert.Equal(outcomes, fromDocx.Outcomes.Select(o => (o.Status, o.Layout)));
        Assert.Equal(outcomes, fromXlsx.Outcomes.Select(o => (o.Status, o.Layout)));
    }
}
