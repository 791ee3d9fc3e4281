namespace PerfEval.Domain.Directories;

/// <summary>The three kinds of entry, each a sheet of the directory's workbook.</summary>
public enum DirectoryKind
{
    Department,
    Unit,
    Person,
}

/// <summary>
/// One thing wrong with a directory: the kind (sheet), the entry's row (the sheet's row in a workbook, the entry's
/// position from 1 otherwise), the field (its column), a stable code and the message in Chinese and English.
/// </summary>
public sealed record DirectoryProblem(
    DirectoryKind Kind, int Row, string Field, string Code, string Message, string MessageEn)
{
    /// <summary>The sheet's Chinese name (部门, 单位, 人员).</summary>
    public string Sheet => DirectoryLayout.SheetOf(Kind);

    /// <summary>The column's Chinese header (e.g. 部门编码).</summary>
    public string Column => DirectoryLayout.HeaderOf(Kind, Field);
}

/// <summary>The workbook's sheets and headers, one sheet per kind; each field's header in Chinese.</summary>
public static class DirectoryLayout
{
    public static IReadOnlyList<(string Field, string Header)> Columns(DirectoryKind kind) => kind switch
    {
        DirectoryKind.Department => [("id", "部门标识"), ("code", "部门编码"), ("name", "部门名称")],
        DirectoryKind.Unit => [("id", "单位标识"), ("code", "单位编码"), ("name", "单位名称"), ("departmentCode", "所属部门编码")],
        _ => [("userId", "用户标识"), ("name", "姓名"), ("roles", "角色"), ("unitCode", "所属单位编码"), ("departmentCodes", "审核部门编码")],
    };

    public static string SheetOf(DirectoryKind kind) => kind switch
    {
        DirectoryKind.Department => "部门",
        DirectoryKind.Unit => "单位",
        _ => "人员",
    };

    public static string SheetEnOf(DirectoryKind kind) => kind switch
    {
        DirectoryKind.Department => "departments",
        DirectoryKind.Unit => "units",
        _ => "people",
    };

    /// <summary>A field's header; the fields named by id in JSON share the column of their code in a workbook.</summary>
    public static string HeaderOf(DirectoryKind kind, string field)
    {
        var key = field switch
        {
            "departmentId" => "departmentCode",
            "unitId" => "unitCode",
            "departmentIds" => "departmentCodes",
            _ => field,
        };
        return Columns(kind).FirstOrDefault(c => c.Field == key).Header ?? field;
    }
}
