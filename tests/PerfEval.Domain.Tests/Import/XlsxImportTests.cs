using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Import;
using PerfEval.Domain.Import.Text;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Import;

public class XlsxImportTests
{
    [Fact]
    public void A_workbook_with_the_official_layout_and_a_regions_own_sheet_gives_both_forms_each_with_its_layout_and_sheet()
    {
        var central = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "central", "row-per-line-zero-total.txt"));
        using var workbook = new XLWorkbook(new MemoryStream(XlsxFormExporter.ToBytes([SeedForms.FlexibleEmployment])));
        using (var regional = new XLWorkbook(new MemoryStream(TestXlsx.FromLines(central))))
        {
            regional.Worksheet(1).CopyTo(workbook, "安徽");
        }

        using var output = new MemoryStream();
        workbook.SaveAs(output);

        var result = FormImporter.Import(output.ToArray(), "forms.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal([SeedForms.FlexibleEmployment.Header.ProjectName, PdfTextFormImporter.Import(string.Join('\n', central)).Forms[0].Header.ProjectName],
            result.Forms.Select(f => f.Header.ProjectName).ToArray());
        Assert.Equal([(0, FormLayouts.Platform), (1, FormLayouts.Central)], result.Outcomes.Select(o => (o.Index, o.Layout)).ToArray());
        Assert.StartsWith("安徽: ", result.Outcomes[1].Location);
    }

    [Fact]
    public void A_sheet_with_no_form_in_any_layout_is_answered_with_the_official_layouts_errors()
    {
        var bytes = TestXlsx.FromLines(["2024年度工作总结", "一、基本情况 本单位 共有 职工 30 人"]);

        var result = FormImporter.Import(bytes, "notes.xlsx");

        Assert.Empty(result.Forms);
        Assert.Contains(result.Errors, e => e.Location.EndsWith("!A3", StringComparison.Ordinal) && e.ExpectedZh.Contains("项目名称", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_filled_template_with_bad_cells_When_imported_Then_each_bad_cell_is_reported_with_sheet_row_and_column()
    {
        var bytes = TestWorkbooks.Edit(XlsxFormExporter.ToBytes([SeedForms.FlexibleEmployment]), sheet =>
        {
            sheet.Cell(14, XlsxLayout.WeightColumn).SetValue("十五");
            sheet.Cell(15, XlsxLayout.NameColumn).SetValue("");
            sheet.Cell(XlsxLayout.FundsTotalRow, XlsxLayout.ExecutedColumn).SetValue("63,43x");
        });

        var result = FormImporter.Import(new MemoryStream(bytes), "filled.xlsx");

        Assert.Empty(result.Forms);
        var sheetName = XlsxFormExporter.SheetName(0, SeedForms.FlexibleEmployment.Header.ProjectName);
        Assert.Equal([$"{sheetName}!E6", $"{sheetName}!F14", $"{sheetName}!C15"], result.Errors.Select(e => e.Location));
        Assert.Contains("number", result.Errors[1].MessageEn);
        Assert.Equal("十五", result.Errors[1].Found);
        Assert.Contains("name", result.Errors[2].MessageEn);
    }

    [Fact]
    public void A_moved_label_is_reported_where_it_was_expected()
    {
        var bytes = TestWorkbooks.Edit(XlsxFormExporter.ToBytes([SeedForms.FlexibleEmployment]), sheet => sheet.Row(3).InsertRowsAbove(1));

        var result = FormImporter.Import(new MemoryStream(bytes), "moved.xlsx");

        Assert.Empty(result.Forms);
        Assert.Contains(result.Errors, e => e.Location.EndsWith("!A3", StringComparison.Ordinal) && e.Expected.Contains("项目名称", StringComparison.Ordinal));
    }

    [Fact]
    public void The_generated_template_has_the_official_layout_and_imports_once_filled()
    {
        var template = FormTemplate.ToBytes(2024);
        var bytes = TestWorkbooks.Edit(template, sheet =>
        {
            sheet.Cell(XlsxLayout.ProjectRow, 2).SetValue("测试项目");
            sheet.Cell(XlsxLayout.DepartmentRow, 2).SetValue("测试部门");
            sheet.Cell(XlsxLayout.DepartmentRow, XlsxLayout.UnitValueColumn).SetValue("测试单位");
            sheet.Cell(XlsxLayout.FundsTotalRow, XlsxLayout.FullYearBudgetColumn).SetValue(10);
            sheet.Cell(XlsxLayout.FundsTotalRow, XlsxLayout.ExecutedColumn).SetValue(10);
            var row = XlsxLayout.FirstIndicatorRow;
            sheet.Cell(row, XlsxLayout.NameColumn).SetValue("培训人数");
            sheet.Cell(row, XlsxLayout.TargetColumn).SetValue("≥100(人)");
            sheet.Cell(row, XlsxLayout.ActualColumn).SetValue("100(人)");
            sheet.Cell(row, XlsxLayout.WeightColumn).SetValue(90);
            sheet.Cell(row, XlsxLayout.ScoreColumn).SetValue(90);
        });

        var result = FormImporter.Import(new MemoryStream(bytes), "template.xlsx");

        Assert.Empty(result.Errors);
        var form = Assert.Single(result.Forms);
        Assert.Equal(2024, form.Header.FiscalYear);
        var row = Assert.Single(form.Indicators);
        Assert.Equal(("产出指标", "数量指标", "培训人数"), (row.Level1, row.Level2, row.Name));
    }

    [Fact]
    public void The_template_merges_level_1_cells_over_their_level_2_rows()
    {
        using var workbook = new XLWorkbook(new MemoryStream(FormTemplate.ToBytes()));
        var sheet = workbook.Worksheet(1);

        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).ToList();

        Assert.Contains("A13:A16", merged);
        Assert.Contains("A17:A20", merged);
        Assert.Equal("一级指标", sheet.Cell(XlsxLayout.IndicatorHeaderRow, 1).GetString());
        Assert.True(workbook.Worksheets.Contains(XlsxLayout.InstructionsSheet));
    }

    [Fact]
    public void An_unfilled_template_is_refused_with_the_missing_cells()
    {
        var result = FormImporter.Import(new MemoryStream(FormTemplate.ToBytes()), "blank.xlsx");

        Assert.Empty(result.Forms);
        Assert.Contains(result.Errors, e => e.Location.EndsWith("!A2", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Location.EndsWith("!B3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("hello.txt");
        }

        var result = FormImporter.Import(new MemoryStream(buffer.ToArray()), "fake.xlsx");

        Assert.Single(result.Errors);
        Assert.Empty(result.Forms);
    }
}
