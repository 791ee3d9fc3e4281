using System.Text;
using ClosedXML.Excel;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Report;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Evaluations;
using PerfEval.Domain.Tests.Fixtures;
using PerfEval.TestFiles;

namespace PerfEval.Domain.Tests.Export;

/// <summary>
/// The department-wide form in the platform's own layouts: the .xlsx under its own title with the 部门基本数据 block,
/// and JSON, both carrying the kind and the department's figures there and back; the report's table under its title.
/// </summary>
public class DepartmentWideExportTests
{
    private static readonly EvaluationForm Sample = DepartmentWideSample.Form();

    [Fact]
    public void The_sample_round_trips_through_xlsx_with_its_kind_and_figures()
    {
        var result = FormImporter.Import(XlsxFormExporter.ToBytes([Sample]), "department.xlsx");

        Assert.Empty(result.Errors);
        var form = Assert.Single(result.Forms);
        Assert.Equal(FormKind.DepartmentWide, form.Kind);
        Assert.Equal(Sample.Department, form.Department);
        Assert.Equal(Sample, form);
    }

    [Fact]
    public void The_xlsx_is_titled_as_the_department_wide_form_with_its_budget_label_and_figures_block()
    {
        using var workbook = new XLWorkbook(new MemoryStream(XlsxFormExporter.ToBytes([Sample])));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("部门整体支出绩效自评表", sheet.Cell(XlsxLayout.TitleRow, 1).GetString());
        Assert.Equal("年度预算执行情况（万元）", sheet.Cell(XlsxLayout.FundsHeaderRow, 1).GetString());
        var blockRow = XlsxLayout.FirstIndicatorRow + Sample.Indicators.Count + XlsxLayout.DepartmentBlockOffset;
        Assert.Equal("部门基本数据", sheet.Cell(blockRow, 1).GetString());
        Assert.Equal("编制数（人）", sheet.Cell(blockRow + 1, 1).GetString());
        Assert.Equal(42, sheet.Cell(blockRow + 1, 2).GetDouble());
        Assert.Equal("项目支出合计（万元）", sheet.Cell(blockRow + 2, 5).GetString());
        Assert.Equal(800, sheet.Cell(blockRow + 2, 6).GetDouble());
    }

    [Fact]
    public void A_project_form_keeps_its_title_and_has_no_figures_block()
    {
        using var workbook = new XLWorkbook(new MemoryStream(XlsxFormExporter.ToBytes([SeedForms.All[0]])));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("财政项目支出绩效自评表", sheet.Cell(XlsxLayout.TitleRow, 1).GetString());
        Assert.Equal("项目资金（万元）", sheet.Cell(XlsxLayout.FundsHeaderRow, 1).GetString());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString() == "部门基本数据");
    }

    [Fact]
    public void Department_wide_forms_without_figures_or_with_some_round_trip_beside_project_forms()
    {
        EvaluationForm[] forms =
        [
            Sample with { Department = null },
            SeedForms.All[0],
            Sample with { Department = new DepartmentFacts { ProjectExpenditure = 800m, ActualStaff = 40 }, ClaimedGrade = null },
        ];

        var result = FormImporter.Import(XlsxFormExporter.ToBytes(forms), "three.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(forms, result.Forms);
    }

    [Fact]
    public void The_sample_round_trips_through_json_with_its_kind_and_figures()
    {
        using var buffer = new MemoryStream();
        JsonFormExporter.Export([Sample, SeedForms.All[0]], buffer);
        var json = Encoding.UTF8.GetString(buffer.ToArray());

        var result = FormImporter.Import(buffer.ToArray(), "forms.json");

        Assert.Contains("\"kind\":\"departmentWide\"", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"authorizedStaff\":42", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(result.Errors);
        Assert.Equal([Sample, SeedForms.All[0]], result.Forms);
    }

    [Fact]
    public void The_reports_table_is_captioned_and_laid_out_as_the_department_wide_form()
    {
        var evaluation = Given.State(new EvaluationDrafted(Given.Id, "unit-1", "dept-1", Sample, "api"));

        var report = SelfEvaluationReport.Of(evaluation);
        var table = FormTable.Of(Sample);

        Assert.Contains(report.Blocks, b => b is ReportHeading { Text: "附表：部门整体支出绩效自评表" });
        Assert.DoesNotContain(report.Blocks, b => b is ReportHeading { Text: "附表：财政项目支出绩效自评表" });
        Assert.Equal("年度预算执行情况（万元）", table[2][0].Text);
        Assert.Equal("部门基本数据", table[^3][0].Text);
        Assert.Equal(["编制数（人）", "42", "在职人员数（人）", "40", "重点项目支出（万元）", "680.00"], table[^2].Select(c => c.Text));
        Assert.Equal(["本年度“三公”经费（万元）", "18.60", "上年度“三公”经费（万元）", "20.00", "项目支出合计（万元）", "800.00"], table[^1].Select(c => c.Text));
        Assert.Equal(XlsxLayout.Columns, table[^1].Sum(c => c.Span));
        Assert.Contains("附表：部门整体支出绩效自评表", DocxText(ReportDocx.ToBytes(report)), StringComparison.Ordinal);
    }

    private static string DocxText(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
