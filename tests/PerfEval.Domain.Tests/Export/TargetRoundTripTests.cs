using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Export;

public class TargetRoundTripTests
{
    public static TheoryData<int> SeedIndexes() => [0, 1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(SeedIndexes))]
    public void Given_a_declaration_When_exported_to_xlsx_and_imported_Then_it_equals_the_original(int index)
    {
        var declaration = SeedTargets.All[index];

        var result = TargetImporter.Import(TargetXlsxExporter.ToBytes([declaration]), "targets.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(FormFileFormat.Xlsx, result.Format);
        Assert.Equal(declaration, Assert.Single(result.Declarations));
    }

    [Theory]
    [MemberData(nameof(SeedIndexes))]
    public void Given_a_declaration_When_exported_to_json_and_imported_Then_it_equals_the_original(int index)
    {
        var declaration = SeedTargets.All[index];
        using var buffer = new MemoryStream();

        TargetJsonExporter.Export(declaration, buffer);
        var result = TargetImporter.Import(new MemoryStream(buffer.ToArray()), "targets.json");

        Assert.Empty(result.Errors);
        Assert.Equal(FormFileFormat.Json, result.Format);
        Assert.Equal(declaration, Assert.Single(result.Declarations));
    }

    [Fact]
    public void Scoring_methods_and_an_empty_budget_part_survive_both_round_trips()
    {
        var declaration = SeedTargets.FlexibleEmployment;

        var fromXlsx = TargetImporter.Import(TargetXlsxExporter.ToBytes([declaration]), "targets.xlsx");
        var fromJson = TargetImporter.Import(System.Text.Encoding.UTF8.GetBytes(TargetJsonExporter.ToJson(declaration)), "targets.json");

        Assert.Equal(declaration, Assert.Single(fromXlsx.Declarations));
        Assert.Equal(declaration, Assert.Single(fromJson.Declarations));
        Assert.Null(declaration.Budget.Other);
        Assert.Contains(declaration.Indicators, i => i.ScoringMethod is not null);
    }

    [Fact]
    public void Several_declarations_are_several_worksheets_and_read_back_in_order()
    {
        var bytes = TargetXlsxExporter.ToBytes(SeedTargets.All);

        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            Assert.Equal(SeedTargets.All.Count, workbook.Worksheets.Count);
        }

        var result = TargetImporter.Import(bytes, "all.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(SeedTargets.All, result.Declarations);
    }

    [Fact]
    public void Several_declarations_round_trip_through_a_json_array()
    {
        using var buffer = new MemoryStream();
        TargetJsonExporter.Export(SeedTargets.All, buffer);

        var result = TargetImporter.Import(new MemoryStream(buffer.ToArray()), "all.json");

        Assert.Empty(result.Errors);
        Assert.Equal(SeedTargets.All, result.Declarations);
    }

    [Fact]
    public void Text_cells_that_look_like_numbers_or_formulas_survive_the_xlsx_round_trip()
    {
        var seed = SeedTargets.All[3];
        var declaration = seed with
        {
            Header = seed.Header with { ProjectName = "2024" },
            Goals = "=1+1",
            Indicators = [seed.Indicators[0] with { Name = "=SUM(A1)", Target = "8000", ScoringMethod = "TRUE" }, .. seed.Indicators.Skip(1)],
        };

        var result = TargetImporter.Import(TargetXlsxExporter.ToBytes([declaration]), "tricky.xlsx");

        Assert.Empty(result.Errors);
        Assert.Equal(declaration, Assert.Single(result.Declarations));
    }

    [Fact]
    public void The_exported_sheet_has_the_official_layout()
    {
        var declaration = SeedTargets.FlexibleEmployment;
        using var workbook = new XLWorkbook(new MemoryStream(TargetXlsxExporter.ToBytes([declaration])));
        var sheet = workbook.Worksheet(1);

        Assert.Equal("项目支出绩效目标申报表", sheet.Cell(TargetXlsxLayout.TitleRow, 1).GetString());
        Assert.Equal("（2024年度）", sheet.Cell(TargetXlsxLayout.YearRow, 1).GetString());
        Assert.Equal(
            ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
            Enumerable.Range(TargetXlsxLayout.FundsTotalRow, 4).Select(r => sheet.Cell(r, TargetXlsxLayout.FundsLabelColumn).GetString()));
        Assert.Equal("年度总体目标", sheet.Cell(TargetXlsxLayout.GoalsRow, 1).GetString());
        Assert.Equal(
            ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "评分方法"],
            Enumerable.Range(1, TargetXlsxLayout.Columns).Select(c => sheet.Cell(TargetXlsxLayout.IndicatorHeaderRow, c).GetString()));
        var executionRow = TargetXlsxLayout.ExecutionWeightRow(declaration.Indicators.Count);
        Assert.Equal("预算执行率分值", sheet.Cell(executionRow, 1).GetString());
        Assert.Equal((double)declaration.ExecutionWeight, sheet.Cell(executionRow, TargetXlsxLayout.WeightColumn).GetDouble());
    }

    [Fact]
    public void The_template_has_the_skeleton_merged_and_an_instructions_sheet()
    {
        using var workbook = new XLWorkbook(new MemoryStream(TargetTemplate.ToBytes(2025)));
        var sheet = workbook.Worksheet(1);

        var merged = sheet.MergedRanges.Select(r => r.RangeAddress.ToString()).ToList();

        Assert.Contains("A11:A14", merged);
        Assert.Contains("A15:A18", merged);
        Assert.Equal("满意度指标", sheet.Cell(19, TargetXlsxLayout.Level1Column).GetString());
        Assert.Equal("服务对象满意度指标", sheet.Cell(19, TargetXlsxLayout.Level2Column).GetString());
        Assert.Equal("预算执行率分值", sheet.Cell(20, 1).GetString());
        Assert.Equal("（2025年度）", sheet.Cell(TargetXlsxLayout.YearRow, 1).GetString());
        Assert.True(workbook.Worksheets.Contains(XlsxLayout.InstructionsSheet));
    }
}
