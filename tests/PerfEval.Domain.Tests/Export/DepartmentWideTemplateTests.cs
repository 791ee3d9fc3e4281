using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Import;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Export;

/// <summary>
/// The blank department-wide template (部门整体支出绩效自评表): its title, the 部门基本数据 block and the three common
/// indicators named and nothing else; read back, an unscored department-wide draft with no figure invented.
/// </summary>
public class DepartmentWideTemplateTests
{
    private const string Department = "示例区市场监督管理局";

    [Fact]
    public void The_template_has_the_department_wide_title_budget_label_common_indicators_and_figures_block_without_figures()
    {
        using var workbook = new XLWorkbook(new MemoryStream(FormTemplate.ToBytes(2024, FormKind.DepartmentWide, Department)));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("部门整体支出绩效自评表", sheet.Cell(XlsxLayout.TitleRow, 1).GetString());
        Assert.Equal("部门整体支出", sheet.Cell(XlsxLayout.ProjectRow, 2).GetString());
        Assert.Equal(Department, sheet.Cell(XlsxLayout.DepartmentRow, 2).GetString());
        Assert.Equal(Department, sheet.Cell(XlsxLayout.DepartmentRow, XlsxLayout.UnitValueColumn).GetString());
        Assert.Equal(XlsxLayout.DepartmentFundsLabel, sheet.Cell(XlsxLayout.FundsHeaderRow, 1).GetString());
        var first = XlsxLayout.FirstIndicatorRow;
        Assert.Equal(
            ["在职人员控制率", "“三公”经费变动率", "重点支出安排率"],
            Enumerable.Range(first, 3).Select(r => sheet.Cell(r, XlsxLayout.NameColumn).GetString()));
        Assert.Equal(("投入指标", "预算配置"), (sheet.Cell(first, XlsxLayout.Level1Column).GetString(), sheet.Cell(first, XlsxLayout.Level2Column).GetString()));
        Assert.All(Enumerable.Range(first, 3), r => Assert.All(
            Enumerable.Range(XlsxLayout.TargetColumn, XlsxLayout.Columns - XlsxLayout.TargetColumn + 1),
            c => Assert.True(sheet.Cell(r, c).IsEmpty(), $"row {r} column {c}")));
        var block = sheet.Column(1).CellsUsed().Single(c => c.GetString() == XlsxLayout.DepartmentBlockLabel).Address.RowNumber;
        for (var r = 0; r < XlsxLayout.DepartmentLabels.Length; r++)
        {
            for (var p = 0; p < XlsxLayout.DepartmentLabelColumns.Length; p++)
            {
                Assert.Equal(XlsxLayout.DepartmentLabels[r][p], sheet.Cell(block + 1 + r, XlsxLayout.DepartmentLabelColumns[p]).GetString());
                Assert.True(sheet.Cell(block + 1 + r, XlsxLayout.DepartmentLabelColumns[p] + 1).IsEmpty());
            }
        }
    }

    [Fact]
    public void The_blank_template_reads_back_as_an_unscored_department_wide_draft_with_no_invented_figures()
    {
        var result = FormImporter.Import(new MemoryStream(FormTemplate.ToBytes(2024, FormKind.DepartmentWide, Department)), "blank.xlsx");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.PerForm());
        Assert.Equal(FormOutcomeStatus.Read, outcome.Status);
        var form = outcome.Form!;
        Assert.Equal(FormKind.DepartmentWide, form.Kind);
        Assert.Equal(new FormHeader { ProjectName = "部门整体支出", CompetentDepartment = Department, ImplementingUnit = Department, FiscalYear = 2024 }, form.Header);
        Assert.Null(form.Department);
        Assert.All(new[] { form.Funds.Total, form.Funds.CurrentAppropriation, form.Funds.CarryOver, form.Funds.Other }, r => Assert.Equal(new FundsRow(), r));
        Assert.Null(form.Funds.ClaimedScore);
        Assert.Equal(["在职人员控制率", "“三公”经费变动率", "重点支出安排率"], form.Indicators.Select(r => r.Name));
        Assert.All(form.Indicators, r => Assert.Equal(
            new IndicatorRow { Level1 = "投入指标", Level2 = "预算配置", Name = r.Name, Target = "", Actual = "", Weight = 0m }, r));
        Assert.Null(form.ClaimedTotal);
        Assert.Null(form.ClaimedGrade);
        Assert.Equal(ImportFindings.Unscored, Assert.Single(outcome.Findings).Code);
    }

    [Fact]
    public void Without_the_department_or_the_year_the_blank_template_is_refused_at_those_cells()
    {
        var result = FormImporter.Import(new MemoryStream(FormTemplate.ToBytes(null, FormKind.DepartmentWide)), "blank.xlsx");

        Assert.Empty(result.Forms);
        Assert.Contains(result.Errors, e => e.Location.EndsWith("!A2", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Location.EndsWith("!B4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_filled_in_template_imports_as_a_scored_department_wide_form_with_its_figures()
    {
        var bytes = TestWorkbooks.Edit(FormTemplate.ToBytes(2024, FormKind.DepartmentWide, Department), sheet =>
        {
            sheet.Cell(XlsxLayout.FundsTotalRow, XlsxLayout.FullYearBudgetColumn).SetValue(1250);
            sheet.Cell(XlsxLayout.FundsTotalRow, XlsxLayout.ExecutedColumn).SetValue(1212.5);
            sheet.Cell(XlsxLayout.FundsTotalRow, XlsxLayout.FundsWeightColumn).SetValue(10);
            var first = XlsxLayout.FirstIndicatorRow;
            (string Target, string Actual)[] cells = [("≤100%", "95.24%"), ("≤0%", "-7%"), ("≥80%", "85%")];
            for (var i = 0; i < 3; i++)
            {
                sheet.Cell(first + i, XlsxLayout.TargetColumn).SetValue(cells[i].Target);
                sheet.Cell(first + i, XlsxLayout.ActualColumn).SetValue(cells[i].Actual);
                sheet.Cell(first + i, XlsxLayout.WeightColumn).SetValue(5);
                sheet.Cell(first + i, XlsxLayout.ScoreColumn).SetValue(5);
            }

            sheet.Cell(first + 3, XlsxLayout.NameColumn).SetValue("年度重点工作任务完成数");
            sheet.Cell(first + 3, XlsxLayout.TargetColumn).SetValue("≥12项");
            sheet.Cell(first + 3, XlsxLayout.ActualColumn).SetValue("12项");
            sheet.Cell(first + 3, XlsxLayout.WeightColumn).SetValue(75);
            sheet.Cell(first + 3, XlsxLayout.ScoreColumn).SetValue(75);
            var block = sheet.Column(1).CellsUsed().Single(c => c.GetString() == XlsxLayout.DepartmentBlockLabel).Address.RowNumber;
            decimal[][] figures = [[42, 40, 680], [18.6m, 20, 800]];
            for (var r = 0; r < 2; r++)
            {
                for (var p = 0; p < 3; p++)
                {
                    sheet.Cell(block + 1 + r, XlsxLayout.DepartmentLabelColumns[p] + 1).SetValue(figures[r][p]);
                }
            }
        });

        var result = FormImporter.Import(new MemoryStream(bytes), "filled.xlsx");

        Assert.Empty(result.Errors);
        var outcome = Assert.Single(result.PerForm());
        Assert.Empty(outcome.Findings);
        var form = outcome.Form!;
        Assert.Equal(FormKind.DepartmentWide, form.Kind);
        Assert.Equal(new DepartmentFacts { AuthorizedStaff = 42, ActualStaff = 40, KeyExpenditure = 680m, ThreePublicCurrent = 18.6m, ThreePublicPrevious = 20m, ProjectExpenditure = 800m }, form.Department);
        Assert.Equal(4, form.Indicators.Count);
        Assert.Equal("产出指标", form.Indicators[3].Level1);
        Assert.DoesNotContain(ScoringEngine.Score(form).Findings, f => f.Code == FindingCodes.CommonIndicatorMissing);
    }

    [Theory]
    [InlineData("DepartmentWide", FormKind.DepartmentWide)]
    [InlineData("departmentWide", FormKind.DepartmentWide)]
    [InlineData("DEPARTMENTWIDE", FormKind.DepartmentWide)]
    [InlineData("project", FormKind.Project)]
    public void Kinds_are_read_by_name_in_any_case(string text, FormKind expected)
    {
        Assert.True(FormKinds.TryParse(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("部门整体")]
    [InlineData("Project,DepartmentWide")]
    [InlineData(" project")]
    [InlineData("department-wide")]
    public void Anything_else_is_not_a_kind(string text) => Assert.False(FormKinds.TryParse(text, out _));
}
