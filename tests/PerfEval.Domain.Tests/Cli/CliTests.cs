using System.Text.Json;
using PerfEval.Cli;
using PerfEval.Domain.Import;
using PerfEval.Domain.Sampling;
using PerfEval.Domain.Tests.Fixtures;

namespace PerfEval.Domain.Tests.Cli;

/// <summary>perfeval run in-process, with its output captured.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("perfeval-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_of_the_seed_exits_0_and_summarises_each_form_with_its_findings()
    {
        var (exit, output, error) = Run("check", SeedForms.Path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(5, output.Split('\n').Count(l => l.StartsWith("== ", StringComparison.Ordinal)));
        Assert.Contains("claimed 96.52, computed 96.07", output);
        Assert.Contains("EXECUTION_SCORE_MISMATCH", output);
        Assert.Contains("CLAIM_ABOVE_RULE", output);
        Assert.Contains("rate 82.72%", output);
    }

    [Fact]
    public void Check_json_writes_one_object_per_form_with_the_agreed_fields()
    {
        var (exit, output, _) = Run("check", SeedForms.Path, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var forms = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, forms.Count);
        var studio = forms[3];
        Assert.Equal("青浦区劳模创新工作室创建", studio.GetProperty("projectName").GetString());
        Assert.Equal(2024, studio.GetProperty("fiscalYear").GetInt32());
        Assert.Equal(96.52m, studio.GetProperty("claimedTotal").GetDecimal());
        Assert.Equal(96.07m, studio.GetProperty("computedTotal").GetDecimal());
        Assert.Equal("优", studio.GetProperty("claimedGrade").GetString());
        Assert.Equal("优", studio.GetProperty("computedGrade").GetString());
        var execution = studio.GetProperty("execution");
        Assert.Equal(82.72m, execution.GetProperty("rate").GetDecimal());
        Assert.Equal(8.72m, execution.GetProperty("claimedScore").GetDecimal());
        Assert.Equal(8.27m, execution.GetProperty("computedScore").GetDecimal());
        Assert.Equal(7, studio.GetProperty("indicators").GetArrayLength());
        var finding = studio.GetProperty("findings")[0];
        foreach (var field in new[] { "code", "severity", "path", "claimed", "computed", "message", "messageEn" })
        {
            Assert.True(finding.TryGetProperty(field, out _), $"finding has no '{field}'");
        }

        Assert.Equal("EXECUTION_SCORE_MISMATCH", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal("funds.total.score", finding.GetProperty("path").GetString());
    }

    [Fact]
    public void Check_of_an_unreadable_file_exits_2_with_the_reason_on_stderr()
    {
        var path = Path.Combine(_directory, "bad.txt");
        File.WriteAllText(path, "这不是自评表\n");

        var (exit, output, error) = Run("check", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("这不是自评表", error);
        Assert.Contains("财政项目支出绩效自评表", error);
    }

    [Fact]
    public void Check_of_a_pdf_reports_the_document_the_layouts_and_what_was_skipped()
    {
        var central = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "central", "row-per-line-zero-total.txt"));
        var path = Path.Combine(_directory, "公开.bin");
        File.WriteAllBytes(path, TestFiles.TestPdfs.Text([.. central.Split('\n'), .. SeedForms.Text.Split('\n').Take(200)]));

        var (exit, output, error) = Run("check", path);

        Assert.Equal(2, exit);
        Assert.Contains("document (Pdf): 3 form(s) found — read 2, incomplete 1, refused 0", output);
        Assert.Contains(output.Split('\n'), l => l.Contains("Incomplete", StringComparison.Ordinal) && l.Contains("shanghai", StringComparison.Ordinal));
        Assert.Contains("skipped 跳过 line 1: Microsoft Word", output);
        Assert.Contains("IMPORT_FUNDS_TOTAL_CONTRADICTS_ROWS", output);
        Assert.Contains("不完整", error);
    }

    [Fact]
    public void Check_json_names_each_form_layout_and_its_import_findings()
    {
        var path = Path.Combine(_directory, "central.txt");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "central", "cell-per-line-yuan-placeholders.txt"), path);

        var (exit, output, _) = Run("check", path, "--json");

        Assert.Equal(0, exit);
        var form = JsonDocument.Parse(output).RootElement[0];
        Assert.Equal("central", form.GetProperty("layout").GetString());
        Assert.Equal(["IMPORT_AMOUNTS_IN_YUAN", "IMPORT_PLACEHOLDER_ROWS_SKIPPED"], form.GetProperty("importFindings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!).Order().ToArray());
    }

    [Fact]
    public void Check_prints_the_kind_of_each_form_found_and_the_departments_figures()
    {
        var department = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "department-wide", "row-per-line-with-figures.txt"));
        var central = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "central", "cell-per-line-yuan-placeholders.txt"));
        var path = Path.Combine(_directory, "两张表.txt");
        File.WriteAllText(path, department + "\n" + central);

        var (exit, output, _) = Run("check", path);
        var (_, json, _) = Run("check", path, "--json");

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.Contains("[0] Read", StringComparison.Ordinal) && l.Contains("department-wide", StringComparison.Ordinal) && l.Contains("部门整体 departmentWide", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[1] Read", StringComparison.Ordinal) && l.Contains("central", StringComparison.Ordinal) && l.Contains("项目 project", StringComparison.Ordinal));
        Assert.Contains("表 kind: 部门整体 departmentWide", output);
        Assert.Contains("编制数 42, 在职人员数 40", output);
        var forms = JsonDocument.Parse(json).RootElement;
        Assert.Equal(["departmentWide", "project"], forms.EnumerateArray().Select(f => f.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal(42, forms[0].GetProperty("department").GetProperty("authorizedStaff").GetInt32());
        Assert.Equal(JsonValueKind.Null, forms[1].GetProperty("department").ValueKind);
    }

    [Fact]
    public void Check_of_a_missing_file_exits_2()
    {
        var (exit, _, error) = Run("check", Path.Combine(_directory, "none.xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains("not found", error);
    }

    [Fact]
    public void Check_json_of_an_unreadable_file_exits_2_and_writes_an_empty_array()
    {
        var path = Path.Combine(_directory, "bad.json");
        File.WriteAllText(path, "{ \"header\": ");

        var (exit, output, error) = Run("check", path, "--json");

        Assert.Equal(2, exit);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetArrayLength());
        Assert.NotEqual("", error);
    }

    [Theory]
    [InlineData("seed.xlsx")]
    [InlineData("seed.json")]
    public void Convert_writes_a_file_that_imports_to_the_same_forms(string target)
    {
        var path = Path.Combine(_directory, target);

        var (exit, _, error) = Run("convert", SeedForms.Path, path);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var result = FormImporter.Import(File.OpenRead(path), path);
        Assert.Equal(SeedForms.All, result.Forms);
    }

    [Fact]
    public void Convert_to_an_unknown_format_exits_2()
    {
        var (exit, _, error) = Run("convert", SeedForms.Path, Path.Combine(_directory, "seed.pdf"));

        Assert.Equal(2, exit);
        Assert.Contains(".xlsx", error);
    }

    [Fact]
    public void Template_writes_an_xlsx_workbook()
    {
        var path = Path.Combine(_directory, "template.xlsx");

        var (exit, _, _) = Run("template", path, "--year", "2025");

        Assert.Equal(0, exit);
        Assert.Equal(FormFileFormat.Xlsx, FormImporter.Sniff(File.ReadAllBytes(path)));
    }

    [Fact]
    public void Template_of_the_department_wide_kind_writes_that_form_and_an_unknown_kind_is_a_usage_error()
    {
        var path = Path.Combine(_directory, "dept.xlsx");

        var (exit, _, _) = Run("template", path, "--year", "2025", "--kind", "departmentwide");
        var (unknownExit, _, error) = Run("template", Path.Combine(_directory, "other.xlsx"), "--kind", "部门整体");

        Assert.Equal(0, exit);
        using (var workbook = new ClosedXML.Excel.XLWorkbook(path))
        {
            Assert.Equal("部门整体支出绩效自评表", workbook.Worksheet(1).Cell(1, 1).GetString());
            Assert.Equal("部门整体支出", workbook.Worksheet(1).Cell(3, 2).GetString());
        }

        Assert.Equal(1, unknownExit);
        Assert.Contains("DepartmentWide", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "other.xlsx")));
    }

    [Fact]
    public void Check_with_a_named_profile_scores_by_it_and_an_unknown_profile_is_a_usage_error()
    {
        var (exit, output, _) = Run("check", SeedForms.Path, "--json", "--profile", "hubei");
        var (unknownExit, _, error) = Run("check", SeedForms.Path, "--profile", "atlantis");

        Assert.Equal(0, exit);
        Assert.Contains("EXECUTION_WEIGHT_UNEXPECTED", output);
        Assert.Equal(1, unknownExit);
        Assert.Contains("hubei", error);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var (exit, _, _) = Run("score-everything");

        Assert.Equal(1, exit);
    }

    private string DrawFile(bool tamper)
    {
        var population = Enumerable.Range(0, 40).Select(i => new PopulationMember(
            new Guid($"00000000-0000-0000-0000-{i:D12}"), 4, i % 2 == 0 ? "dept-a" : "dept-b", $"unit-{i % 5}", 10m * i, 1m + (i % 3))).ToList();
        var size = new SampleSize(null, 0.2m);
        var drawn = SampleDraw.Draw(population, size, "2024-抽评").Drawn
            .Select(d => new ExportedSample(d.Member.Id, d.Stratum)).ToList();
        if (tamper)
        {
            drawn[0] = drawn[0] with { EvaluationId = population.First(m => drawn.All(d => d.EvaluationId != m.Id)).Id };
        }

        var export = new SampleExport(Guid.NewGuid(), 2024, "2024-抽评", new SampleFilters(), size,
            PopulationHash.Of(population), population, drawn);
        var path = Path.Combine(_directory, tamper ? "tampered.json" : "draw.json");
        File.WriteAllText(path, JsonSerializer.Serialize(export, SampleExport.Json));
        return path;
    }

    [Fact]
    public void Sample_verify_of_an_exported_draw_exits_0()
    {
        var (exit, output, error) = Run("sample", "--verify", DrawFile(tamper: false));

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("验证通过 (verified)", output);
        Assert.Contains("总体 (population): 40 份  样本 (sample): 8 份", output);
    }

    [Fact]
    public void Sample_verify_of_a_changed_sample_exits_1_and_names_the_difference()
    {
        var (exit, output, _) = Run("sample", "--verify", DrawFile(tamper: true));

        Assert.Equal(1, exit);
        Assert.Contains("验证未通过 (NOT verified)", output);
        Assert.Contains("记录中有、重抽未抽中", output);
    }

    [Fact]
    public void Sample_verify_of_a_file_that_is_not_a_draw_exits_2()
    {
        var path = Path.Combine(_directory, "not-a-draw.json");
        File.WriteAllText(path, "[1,2]");

        Assert.Equal(2, Run("sample", "--verify", path).Exit);
    }
}
