using System.Text;
using ClosedXML.Excel;
using PerfEval.Domain.Export;
using PerfEval.Domain.Import;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Import;

public class TargetImportTests
{
    private static string SheetOf(int index) =>
        XlsxFormExporter.SheetName(index, SeedTargets.All[index].Header.ProjectName);

    [Fact]
    public void Given_text_where_a_weight_is_expected_When_imported_Then_the_error_names_the_cell()
    {
        var row = TargetXlsxLayout.FirstIndicatorRow + 1;
        var bytes = TestWorkbooks.Edit(TargetXlsxExporter.ToBytes([SeedTargets.All[0]]), sheet =>
            sheet.Cell(row, TargetXlsxLayout.WeightColumn).SetValue("十五"));

        var result = TargetImporter.Import(bytes, "targets.xlsx");

        Assert.Empty(result.Declarations);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{SheetOf(0)}!E{row}", error.Location);
        Assert.Equal("十五", error.Found);
        Assert.Contains("number", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("分值", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_cells_are_each_reported_with_sheet_row_and_column()
    {
        var nameRow = TargetXlsxLayout.FirstIndicatorRow + 2;
        var bytes = TestWorkbooks.Edit(TargetXlsxExporter.ToBytes([SeedTargets.All[0]]), sheet =>
        {
            sheet.Cell(TargetXlsxLayout.FundsTotalRow, TargetXlsxLayout.FundsValueColumn).SetValue("63,43x");
            sheet.Cell(nameRow, TargetXlsxLayout.NameColumn).SetValue("");
            sheet.Cell(TargetXlsxLayout.YearRow, 1).SetValue("（24年度）");
        });

        var result = TargetImporter.Import(bytes, "targets.xlsx");

        Assert.Empty(result.Declarations);
        Assert.Equal(
            [$"{SheetOf(0)}!A2", $"{SheetOf(0)}!C5", $"{SheetOf(0)}!C{nameRow}"],
            result.Errors.Select(e => e.Location));
    }

    [Fact]
    public void An_unfilled_template_gives_no_declaration_and_names_the_missing_cells()
    {
        var result = TargetImporter.Import(TargetTemplate.ToBytes(), "blank.xlsx");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Declarations);
        Assert.Contains(result.Errors, e => e.Location == "表1!A2");
        Assert.Contains(result.Errors, e => e.Location == "表1!B3");
        Assert.Contains(result.Errors, e => e.Location == "表1!C20" && e.MessageEn.Contains("at least one indicator", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Location.StartsWith(XlsxLayout.InstructionsSheet, StringComparison.Ordinal));
    }

    [Fact]
    public void A_filled_template_imports_with_its_skeleton_headings_and_empty_rows_ignored()
    {
        var bytes = TestWorkbooks.Edit(TargetTemplate.ToBytes(2025), sheet =>
        {
            sheet.Cell(TargetXlsxLayout.ProjectRow, 2).SetValue("测试项目");
            sheet.Cell(TargetXlsxLayout.DepartmentRow, 2).SetValue("测试部门");
            sheet.Cell(TargetXlsxLayout.DepartmentRow, TargetXlsxLayout.UnitValueColumn).SetValue("测试单位");
            sheet.Cell(TargetXlsxLayout.FundsTotalRow, TargetXlsxLayout.FundsValueColumn).SetValue(120);
            sheet.Cell(TargetXlsxLayout.FundsCurrentRow, TargetXlsxLayout.FundsValueColumn).SetValue(120);
            sheet.Cell(TargetXlsxLayout.GoalsRow, TargetXlsxLayout.GoalsColumn).SetValue("完成年度培训任务");
            Fill(sheet, TargetXlsxLayout.FirstIndicatorRow, "培训人数", "≥100(人)", 50);
            Fill(sheet, TargetXlsxLayout.FirstIndicatorRow + 8, "学员满意度", "≥90%", 40);
        });

        var result = TargetImporter.Import(bytes, "filled.xlsx");

        Assert.Empty(result.Errors);
        var declaration = Assert.Single(result.Declarations);
        Assert.Equal(2025, declaration.Header.FiscalYear);
        Assert.Equal(120m, declaration.Budget.Total);
        Assert.Null(declaration.Budget.CarryOver);
        Assert.Equal(10m, declaration.ExecutionWeight);
        Assert.Equal(
            [("产出指标", "数量指标", "培训人数", 50m), ("满意度指标", "服务对象满意度指标", "学员满意度", 40m)],
            declaration.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Weight)));

        static void Fill(IXLWorksheet sheet, int row, string name, string target, int weight)
        {
            sheet.Cell(row, TargetXlsxLayout.NameColumn).SetValue(name);
            sheet.Cell(row, TargetXlsxLayout.TargetColumn).SetValue(target);
            sheet.Cell(row, TargetXlsxLayout.WeightColumn).SetValue(weight);
        }
    }

    [Fact]
    public void Several_sheets_read_as_several_declarations_and_a_bad_one_is_refused_alone()
    {
        var bytes = TestWorkbooks.Edit(TargetXlsxExporter.ToBytes(SeedTargets.All.Take(3).ToList()), sheet =>
            sheet.Cell(TargetXlsxLayout.ProjectRow, 2).SetValue(""), sheet: 2);

        var result = TargetImporter.Import(bytes, "three.xlsx");

        Assert.Equal([SeedTargets.All[0], SeedTargets.All[2]], result.Declarations);
        Assert.Equal($"{SheetOf(1)}!B3", Assert.Single(result.Errors).Location);
    }

    [Fact]
    public void A_self_evaluation_workbook_is_refused_by_its_title()
    {
        var bytes = XlsxFormExporter.ToBytes([SeedForms.FlexibleEmployment]);

        var result = TargetImporter.Import(bytes, "form.xlsx");

        Assert.Empty(result.Declarations);
        var error = Assert.Single(result.Errors);
        Assert.EndsWith("!A1", error.Location, StringComparison.Ordinal);
        Assert.Contains("项目支出绩效目标申报表", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_execution_weight_row_is_reported_after_the_last_row()
    {
        var declaration = SeedTargets.All[1];
        var executionRow = TargetXlsxLayout.ExecutionWeightRow(declaration.Indicators.Count);
        var bytes = TestWorkbooks.Edit(TargetXlsxExporter.ToBytes([declaration]), sheet => sheet.Row(executionRow).Delete());

        var result = TargetImporter.Import(bytes, "targets.xlsx");

        Assert.Empty(result.Declarations);
        Assert.Contains(result.Errors, e => e.Location == $"{XlsxFormExporter.SheetName(0, declaration.Header.ProjectName)}!A{executionRow}" && e.Expected.Contains("预算执行率分值", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_or_corrupted_xlsx_bytes_are_refused_never_thrown()
    {
        var original = TargetXlsxExporter.ToBytes([SeedTargets.All[4]]);
        var random = new Random(11);

        for (var i = 0; i < 30; i++)
        {
            var bytes = (byte[])original.Clone();
            if (i % 2 == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }
            else
            {
                random.NextBytes(bytes.AsSpan(random.Next(bytes.Length / 2), 64));
            }

            var result = TargetImporter.Import(new MemoryStream(bytes), "broken.xlsx");

            Assert.True(result.Declarations.Count + result.Errors.Count > 0);
        }

        var truncated = TargetImporter.Import(original[..(original.Length / 2)], "cut.xlsx");
        Assert.Empty(truncated.Declarations);
        Assert.Equal("workbook", Assert.Single(truncated.Errors).Location);
    }

    [Fact]
    public void Garbage_without_a_known_extension_is_refused_as_an_unknown_file()
    {
        var result = TargetImporter.Import(Encoding.UTF8.GetBytes("not a declaration"), "notes.dat");

        Assert.Equal(FormFileFormat.Unknown, result.Format);
        var error = Assert.Single(result.Errors);
        Assert.Equal("file", error.Location);
        Assert.Contains(".xlsx", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void The_format_is_sniffed_when_the_name_says_nothing()
    {
        var declaration = SeedTargets.All[2];

        var fromXlsx = TargetImporter.Import(TargetXlsxExporter.ToBytes([declaration]), "upload");
        var fromJson = TargetImporter.Import(Encoding.UTF8.GetBytes(TargetJsonExporter.ToJson(declaration)), "upload");

        Assert.Equal(FormFileFormat.Xlsx, fromXlsx.Format);
        Assert.Equal(FormFileFormat.Json, fromJson.Format);
        Assert.Equal(declaration, Assert.Single(fromXlsx.Declarations));
        Assert.Equal(declaration, Assert.Single(fromJson.Declarations));
    }

    [Fact]
    public void Truncated_json_is_refused_with_where_it_broke()
    {
        var json = TargetJsonExporter.ToJson(SeedTargets.All[0]);

        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(json[..(json.Length / 2)]), "cut.json");

        Assert.Empty(result.Declarations);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("$", error.Location, StringComparison.Ordinal);
        Assert.Contains("line", error.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_nulls_and_blank_headings_is_refused_with_each_path()
    {
        const string json = """
            [
              { "header": null, "budget": {}, "goals": "x", "indicators": [] },
              {
                "header": { "projectName": "测试", "competentDepartment": "部门", "implementingUnit": "单位", "fiscalYear": 1800 },
                "budget": null,
                "goals": "x",
                "indicators": [ { "level1": "", "level2": "数量指标", "name": "人数", "target": "≥1(人)", "weight": 90 }, null ]
              }
            ]
            """;

        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(json), "bad.json");

        Assert.Empty(result.Declarations);
        Assert.Equal(
            ["$[0].header", "$[0].indicators", "$[1].header.fiscalYear", "$[1].budget", "$[1].indicators[0].level1", "$[1].indicators[1]"],
            result.Errors.Select(e => e.Location));
    }

    [Fact]
    public void A_json_weight_given_as_text_is_refused_with_its_path()
    {
        var json = TargetJsonExporter.ToJson(SeedTargets.All[0]);
        var weight = SeedTargets.All[0].Indicators[0].Weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bad = json.Replace($"\"weight\": {weight}", "\"weight\": \"十五\"", StringComparison.Ordinal);
        Assert.NotEqual(json, bad);

        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(bad), "bad.json");

        Assert.Empty(result.Declarations);
        Assert.StartsWith("$.indicators[0].weight", Assert.Single(result.Errors).Location, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_json_array_is_no_declaration()
    {
        var result = TargetImporter.Import("[]"u8.ToArray(), "empty.json");

        Assert.Empty(result.Declarations);
        Assert.Contains("at least one target declaration", Assert.Single(result.Errors).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_async_overload_reads_a_stream_and_refuses_one_over_the_limit()
    {
        var bytes = TargetXlsxExporter.ToBytes([SeedTargets.All[0]]);

        var read = await TargetImporter.ImportAsync(new MemoryStream(bytes), "targets.xlsx");
        var tooLarge = await TargetImporter.ImportAsync(new MemoryStream(bytes), "targets.xlsx", new ImportLimits { MaxBytes = 100 });

        Assert.Equal(SeedTargets.All[0], Assert.Single(read.Declarations));
        Assert.Empty(tooLarge.Declarations);
        Assert.Equal("file", Assert.Single(tooLarge.Errors).Location);
    }
}
