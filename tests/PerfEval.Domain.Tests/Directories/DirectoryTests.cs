using System.Text;
using ClosedXML.Excel;
using PerfEval.Domain.Directories;
using PerfEval.Domain.Import;

namespace PerfEval.Domain.Tests.Directories;

/// <summary>docs/domain-rules.md#directory: the directory's rules, its imports (JSON, workbook) and the scopes it grants.</summary>
public sealed class DirectoryTests
{
    private static readonly OrgDirectory Org = new(
        [new Department("dept-edu", "D01", "青浦区教育局")],
        [new OrgUnit("unit-school", "U01", "青浦区实验小学", "dept-edu")],
        [
            new Person("u-school", "实验小学填报人", ["unit"], "unit-school", []),
            new Person("r-edu", "教育审核人", ["reviewer"], null, ["dept-edu"]),
        ]);

    private static IReadOnlyList<string> Codes(OrgDirectory directory) =>
        [.. DirectoryRules.Check(directory).Select(p => p.Code)];

    [Fact]
    public void A_consistent_directory_has_no_problem() => Assert.Empty(DirectoryRules.Check(Org));

    [Fact]
    public void A_unit_of_an_unknown_department_is_refused_on_its_row_and_column()
    {
        var problem = Assert.Single(DirectoryRules.Check(Org.With(new OrgUnit("unit-x", "U02", "某单位", "dept-none"))));
        Assert.Equal(("directory.unit.unknown_department", DirectoryKind.Unit, 2, "所属部门编码"), (problem.Code, problem.Kind, problem.Row, problem.Column));
        Assert.Contains("dept-none", problem.Message);
        Assert.Equal("单位", problem.Sheet);
    }

    [Fact]
    public void Duplicate_codes_and_ids_and_empty_names_are_refused()
    {
        var directory = Org
            .With(new Department("dept-2", "D01", "另一个部门"))
            .With(new Department("dept-3", "D03", " "))
            .With(new OrgUnit("unit-2", "U01", "另一个单位", "dept-edu"));
        Assert.Equal(["directory.code_duplicate", "directory.empty", "directory.code_duplicate"], Codes(directory));
        Assert.Contains("directory.id_duplicate", Codes(Org with { People = [.. Org.People, Org.People[0]] }));
    }

    [Fact]
    public void A_reviewer_with_no_departments_and_a_unit_user_without_a_unit_are_refused()
    {
        var directory = Org
            .With(new Person("r-none", "无部门审核人", ["reviewer"], null, []))
            .With(new Person("u-none", "无单位填报人", ["unit"], null, []))
            .With(new Person("x", "某人", [], null, []))
            .With(new Person("y", "某人", ["boss"], "unit-none", ["dept-none"]));
        Assert.Equal(
            [
                "directory.person.reviewer_without_departments", "directory.person.unit_missing", "directory.person.no_role",
                "directory.person.unknown_role", "directory.person.unknown_unit", "directory.person.unknown_department",
            ],
            Codes(directory));
    }

    [Fact]
    public void Overlong_text_is_refused() =>
        Assert.Equal(["directory.too_long"], Codes(Org.With(new Department("dept-edu", "D01", new string('名', 201)))));

    [Fact]
    public void A_json_import_adds_and_replaces_by_id_and_keeps_the_rest()
    {
        var json = """
            {"departments":[{"id":"dept-health","code":"D02","name":"青浦区卫健委"}],
             "units":[{"id":"unit-school","code":"U01","name":"青浦区第一实验小学","departmentId":"dept-edu"}],
             "people":[{"userId":"r-health","name":"卫健审核人","roles":["reviewer"],"departmentIds":["dept-health"]}]}
            """;
        var result = DirectoryImport.Import(Org, Encoding.UTF8.GetBytes(json), new ImportLimits());
        Assert.Empty(result.Problems);
        Assert.Equal("青浦区第一实验小学", result.Directory!.UnitName("unit-school"));
        Assert.Equal("青浦区卫健委", result.Directory.DepartmentName("dept-health"));
        Assert.Equal(3, result.Directory.People.Count);
        Assert.Equal(new DirectoryChanges(1, 0, 0, 1, 1, 0, 3), result.Changes);
    }

    [Fact]
    public void An_import_with_any_problem_stores_nothing_and_lists_every_problem()
    {
        var json = """
            {"units":[{"id":"u-a","code":"UA","name":"","departmentId":"dept-edu"},{"id":"u-b","code":"UB","name":"乙","departmentId":"nope"}],
             "people":[{"userId":"r","name":"审核人","roles":["审核人"],"departmentIds":[]}]}
            """;
        var result = DirectoryImport.Import(Org, Encoding.UTF8.GetBytes(json), new ImportLimits());
        Assert.Null(result.Directory);
        Assert.Equal(
            [("directory.empty", 1), ("directory.unit.unknown_department", 2), ("directory.person.reviewer_without_departments", 1)],
            result.Problems.Select(p => (p.Code, p.Row)));
        Assert.Equal("directory.unreadable", Assert.Single(DirectoryImport.Import(Org, "{no"u8.ToArray(), new ImportLimits()).Problems).Code);
    }

    [Fact]
    public void A_workbook_names_references_by_code_and_round_trips()
    {
        var bytes = DirectoryWorkbook.ToBytes(Org);
        var result = DirectoryImport.Import(OrgDirectory.Empty, bytes, new ImportLimits());
        Assert.Empty(result.Problems);
        Assert.Equal(Org.Departments, result.Directory!.Departments);
        Assert.Equal(Org.Units, result.Directory.Units);
        Assert.True(Org.People.Zip(result.Directory.People).All(p => DirectoryImport.SamePerson(p.First, p.Second)));
    }

    [Fact]
    public void A_workbook_without_ids_matches_by_code_and_reports_problems_by_sheet_row_and_column()
    {
        using var workbook = new XLWorkbook();
        var units = workbook.AddWorksheet("单位");
        string[][] rows =
        [
            ["单位编码", "单位名称", "所属部门编码"],
            ["U01", "青浦区实验小学（本级）", "D01"],
            ["U09", "某单位", "D99"],
        ];
        Fill(units, rows);
        var people = workbook.AddWorksheet("人员");
        Fill(people, [["用户标识", "姓名", "角色", "所属单位编码", "审核部门编码"], ["r-x", "审核人", "审核人", "", ""]]);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var result = DirectoryImport.Import(Org, stream.ToArray(), new ImportLimits());
        Assert.Equal(
            [("单位", 3, "所属部门编码", "directory.unit.unknown_department"), ("人员", 2, "审核部门编码", "directory.person.reviewer_without_departments")],
            result.Problems.Select(p => (p.Sheet, p.Row, p.Column, p.Code)));

        Fill(units, [rows[0], rows[1], ["", "", ""]]);
        Fill(people, [["用户标识", "姓名", "角色", "所属单位编码", "审核部门编码"], ["r-x", "审核人", "审核人", "", "D01"]]);
        using var fixedStream = new MemoryStream();
        workbook.SaveAs(fixedStream);
        var fixedResult = DirectoryImport.Import(Org, fixedStream.ToArray(), new ImportLimits());
        Assert.Empty(fixedResult.Problems);
        Assert.Equal("unit-school", Assert.Single(fixedResult.Directory!.Units).Id);
        Assert.Equal(["dept-edu"], fixedResult.Directory.Person("r-x")!.DepartmentIds);
    }

    [Fact]
    public void A_workbook_missing_a_column_or_every_sheet_is_refused()
    {
        using var workbook = new XLWorkbook();
        Fill(workbook.AddWorksheet("部门"), [["部门编码"]]);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var problem = Assert.Single(DirectoryImport.Import(Org, stream.ToArray(), new ImportLimits()).Problems);
        Assert.Equal(("directory.column_missing", "部门名称"), (problem.Code, problem.Column));

        using var other = new XLWorkbook();
        other.AddWorksheet("Sheet1").Cell(1, 1).Value = "x";
        using var otherStream = new MemoryStream();
        other.SaveAs(otherStream);
        Assert.Equal("directory.unreadable", Assert.Single(DirectoryImport.Import(Org, otherStream.ToArray(), new ImportLimits()).Problems).Code);
    }

    [Fact]
    public void The_directory_decides_a_known_persons_scope_and_the_token_decides_an_unknown_ones()
    {
        var moved = Org.With(new Department("dept-b", "DB", "乙部门")).With(new Person("r-edu", "教育审核人", ["reviewer"], null, ["dept-b"]));
        Assert.Equal(["dept-b"], DirectoryScopes.For(moved, "r-edu", ["reviewer"])!.DepartmentIds);
        var unit = DirectoryScopes.For(Org, "u-school", ["unit"])!;
        Assert.Equal(("unit-school", "dept-edu"), (unit.UnitId, Assert.Single(unit.DepartmentIds)));
        Assert.Null(DirectoryScopes.For(Org, "someone-else", ["reviewer"]));
        Assert.Equal("someone-else", Org.PersonName("someone-else"));
        Assert.Equal("unit-x", Org.UnitName("unit-x"));
    }

    private static void Fill(IXLWorksheet sheet, string[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).Value = rows[r][c];
            }
        }
    }
}
