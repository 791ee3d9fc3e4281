using ClosedXML.Excel;
using PerfEval.Domain.Import;

namespace PerfEval.Domain.Directories;

/// <summary>
/// The directory as a workbook: one sheet per kind (部门, 单位, 人员), a header row in Chinese, one entry per row;
/// references by code (所属部门编码, 所属单位编码, 审核部门编码, several separated by 、 or commas), roles by their Chinese
/// names. The 标识 columns may be left out on import. Fixed column widths.
/// </summary>
public static class DirectoryWorkbook
{
    private const double Width = 24;

    public static byte[] ToBytes(OrgDirectory directory)
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook, DirectoryKind.Department, directory.Departments.Select(d => new[] { d.Id, d.Code, d.Name }));
        Sheet(workbook, DirectoryKind.Unit, directory.Units.Select(u => new[]
        {
            u.Id, u.Code, u.Name, directory.Department(u.DepartmentId)?.Code ?? u.DepartmentId,
        }));
        Sheet(workbook, DirectoryKind.Person, directory.People.Select(p => new[]
        {
            p.UserId, p.Name, string.Join("、", p.Roles.Select(RoleNames.Zh)),
            p.UnitId is null ? "" : directory.Unit(p.UnitId)?.Code ?? p.UnitId,
            string.Join("、", p.DepartmentIds.Select(d => directory.Department(d)?.Code ?? d)),
        }));
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static void Sheet(XLWorkbook workbook, DirectoryKind kind, IEnumerable<string[]> rows)
    {
        var sheet = workbook.AddWorksheet(DirectoryLayout.SheetOf(kind));
        var columns = DirectoryLayout.Columns(kind);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = columns[c].Header;
            sheet.Column(c + 1).Width = Width;
        }

        sheet.Row(1).Style.Font.SetBold();
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                // Text cells, so a numeric code keeps its leading zeros.
                sheet.Cell(r, c + 1).SetValue(row[c]);
                sheet.Cell(r, c + 1).DataType = XLDataType.Text;
            }

            r++;
        }
    }

    internal sealed record Sheets(List<DepartmentRow> Departments, List<UnitRow> Units, List<PersonRow> People);

    /// <summary>The rows of the sheets present, or the problems that stop the workbook being read at all.</summary>
    internal static (Sheets Sheets, List<DirectoryProblem> Problems) Read(byte[] content, ImportLimits limits)
    {
        var sheets = new Sheets([], [], []);
        var problems = new List<DirectoryProblem>();
        if (ZipArchives.Check(content, limits, "workbook", "工作簿", "Excel工作簿（.xlsx）", "an Excel workbook (.xlsx)") is { } archive)
        {
            problems.Add(Unreadable(archive.Message, archive.MessageEn));
            return (sheets, problems);
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add(Unreadable($"工作簿无法打开（{e.Message}）。", $"The workbook could not be opened ({e.Message})."));
            return (sheets, problems);
        }

        using (workbook)
        {
            var found = 0;
            foreach (var kind in Enum.GetValues<DirectoryKind>())
            {
                if (!workbook.TryGetWorksheet(DirectoryLayout.SheetOf(kind), out var sheet))
                {
                    continue;
                }

                found++;
                ReadSheet(sheet, kind, sheets, problems, limits);
            }

            if (found == 0)
            {
                problems.Add(Unreadable(
                    "工作簿中没有名为「部门」「单位」或「人员」的工作表。",
                    "The workbook has no sheet named 部门, 单位 or 人员 (departments, units, people)."));
            }
        }

        return (sheets, problems);
    }

    private static void ReadSheet(IXLWorksheet sheet, DirectoryKind kind, Sheets sheets, List<DirectoryProblem> problems, ImportLimits limits)
    {
        var columns = DirectoryLayout.Columns(kind);
        var at = new Dictionary<string, int>();
        var header = sheet.Row(1);
        var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, 50);
        for (var c = 1; c <= lastColumn; c++)
        {
            var text = header.Cell(c).GetString().Trim();
            var column = columns.FirstOrDefault(x => x.Header == text);
            if (column.Field is not null)
            {
                at.TryAdd(column.Field, c);
            }
        }

        foreach (var (field, title) in columns.Where(c => c.Field is not "id" and not "unitCode" and not "departmentCodes" && !at.ContainsKey(c.Field)))
        {
            problems.Add(new DirectoryProblem(kind, 1, field, "directory.column_missing",
                $"工作表「{DirectoryLayout.SheetOf(kind)}」缺少列「{title}」。",
                $"The sheet {DirectoryLayout.SheetOf(kind)} has no column '{title}'."));
        }

        if (problems.Count > 0)
        {
            return;
        }

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (lastRow - 1 > limits.MaxSheetRows * 10)
        {
            problems.Add(new DirectoryProblem(kind, lastRow, columns[0].Field, "directory.too_many",
                $"工作表「{DirectoryLayout.SheetOf(kind)}」行数过多。", $"The sheet {DirectoryLayout.SheetOf(kind)} has too many rows."));
            return;
        }

        for (var r = 2; r <= lastRow; r++)
        {
            string Cell(string field) => at.TryGetValue(field, out var c) ? sheet.Cell(r, c).GetFormattedString().Trim() : "";
            if (columns.All(c => Cell(c.Field).Length == 0))
            {
                continue;
            }

            switch (kind)
            {
                case DirectoryKind.Department:
                    sheets.Departments.Add(new DepartmentRow(r, Cell("id"), Cell("code"), Cell("name")));
                    break;
                case DirectoryKind.Unit:
                    sheets.Units.Add(new UnitRow(r, Cell("id"), Cell("code"), Cell("name"), Cell("departmentCode")));
                    break;
                default:
                    sheets.People.Add(new PersonRow(r, Cell("userId"), Cell("name"), DirectoryImport.SplitList(Cell("roles")),
                        Cell("unitCode"), DirectoryImport.SplitList(Cell("departmentCodes"))));
                    break;
            }
        }
    }

    private static DirectoryProblem Unreadable(string zh, string en) =>
        new(DirectoryKind.Department, 0, "id", "directory.unreadable", zh, en);
}
