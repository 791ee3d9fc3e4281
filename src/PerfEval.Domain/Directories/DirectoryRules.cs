using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Directories;

/// <summary>
/// The directory's rules (docs/domain-rules.md#directory), checked on the whole directory before anything is stored:
/// ids, codes and names present and short, ids and codes unique per kind, every reference known, a unit's staff in a
/// unit and a reviewer reviewing at least one department. Every problem is listed, none stops the others.
/// </summary>
public static class DirectoryRules
{
    public const int MaxLength = 200;
    public const int MaxEntries = 20000;

    /// <summary>
    /// Whether text may be an id: letters, digits and <c>- _ . : @ |</c>, at most <see cref="MaxLength"/> characters
    /// (ids travel in addresses and tokens).
    /// </summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@' or '|');

    /// <summary>Every problem; <paramref name="rowOf"/> turns an entry's position (from 0) into the row reported.</summary>
    public static IReadOnlyList<DirectoryProblem> Check(OrgDirectory directory, Func<DirectoryKind, int, int>? rowOf = null)
    {
        rowOf ??= (_, i) => i + 1;
        var problems = new List<DirectoryProblem>();
        void Add(DirectoryKind kind, int index, string field, string code, string zh, string en) =>
            problems.Add(new DirectoryProblem(kind, rowOf(kind, index), field, code, zh, en));

        if (directory.Departments.Count + directory.Units.Count + directory.People.Count > MaxEntries)
        {
            Add(DirectoryKind.Department, 0, "id", "directory.too_many",
                $"目录最多 {MaxEntries} 条。", $"The directory holds at most {MaxEntries} entries.");
        }

        CheckKeyed(directory.Departments, DirectoryKind.Department, d => d.Id, d => d.Code, d => d.Name, "部门", "department", Add);
        CheckKeyed(directory.Units, DirectoryKind.Unit, u => u.Id, u => u.Code, u => u.Name, "单位", "unit", Add);

        var departments = directory.Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var units = directory.Units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < directory.Units.Count; i++)
        {
            var unit = directory.Units[i];
            if (!departments.Contains(unit.DepartmentId ?? ""))
            {
                Add(DirectoryKind.Unit, i, "departmentId", "directory.unit.unknown_department",
                    $"单位「{unit.Name}」的所属部门「{unit.DepartmentId}」不在部门表中。",
                    $"The unit '{unit.Name}' belongs to '{unit.DepartmentId}', which is not a department of the directory.");
            }
        }

        var seenPeople = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < directory.People.Count; i++)
        {
            var person = directory.People[i];
            CheckText(person.UserId, DirectoryKind.Person, i, "userId", "用户标识", "user id", Add);
            CheckText(person.Name, DirectoryKind.Person, i, "name", "姓名", "name", Add);
            if (!string.IsNullOrWhiteSpace(person.UserId) && !seenPeople.Add(person.UserId))
            {
                Add(DirectoryKind.Person, i, "userId", "directory.id_duplicate",
                    $"用户标识「{person.UserId}」重复。", $"The user id '{person.UserId}' appears twice.");
            }

            var roles = person.Roles ?? [];
            if (roles.Count == 0)
            {
                Add(DirectoryKind.Person, i, "roles", "directory.person.no_role",
                    $"人员「{person.Name}」没有角色（填报单位、审核人、管理人员或系统管理员）。",
                    $"'{person.Name}' has no role (unit, reviewer, manager or admin).");
            }

            foreach (var role in roles.Where(r => !Role.All.Contains(r)))
            {
                Add(DirectoryKind.Person, i, "roles", "directory.person.unknown_role",
                    $"角色「{role}」不存在；应为填报单位、审核人、管理人员或系统管理员。",
                    $"'{role}' is not a role (unit, reviewer, manager or admin).");
            }

            if (roles.Contains(Role.Unit) && string.IsNullOrWhiteSpace(person.UnitId))
            {
                Add(DirectoryKind.Person, i, "unitId", "directory.person.unit_missing",
                    $"填报单位人员「{person.Name}」须填写所属单位。", $"'{person.Name}' is a unit's staff and needs a unit.");
            }
            else if (!string.IsNullOrWhiteSpace(person.UnitId) && !units.Contains(person.UnitId))
            {
                Add(DirectoryKind.Person, i, "unitId", "directory.person.unknown_unit",
                    $"人员「{person.Name}」的所属单位「{person.UnitId}」不在单位表中。",
                    $"'{person.Name}' belongs to '{person.UnitId}', which is not a unit of the directory.");
            }

            var reviewed = person.DepartmentIds ?? [];
            if (roles.Contains(Role.Reviewer) && reviewed.Count == 0)
            {
                Add(DirectoryKind.Person, i, "departmentIds", "directory.person.reviewer_without_departments",
                    $"审核人「{person.Name}」须至少审核一个部门。", $"The reviewer '{person.Name}' reviews no department.");
            }

            foreach (var department in reviewed.Where(d => !departments.Contains(d ?? "")))
            {
                Add(DirectoryKind.Person, i, "departmentIds", "directory.person.unknown_department",
                    $"人员「{person.Name}」审核的部门「{department}」不在部门表中。",
                    $"'{person.Name}' reviews '{department}', which is not a department of the directory.");
            }
        }

        return problems;
    }

    private static void CheckKeyed<T>(
        IReadOnlyList<T> entries, DirectoryKind kind, Func<T, string> id, Func<T, string> code, Func<T, string> name,
        string zh, string en, Action<DirectoryKind, int, string, string, string, string> add)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            CheckText(id(entry), kind, i, "id", $"{zh}标识", $"{en} id", add);
            CheckText(code(entry), kind, i, "code", $"{zh}编码", $"{en} code", add);
            CheckText(name(entry), kind, i, "name", $"{zh}名称", $"{en} name", add);
            if (!string.IsNullOrWhiteSpace(id(entry)) && !ids.Add(id(entry)))
            {
                add(kind, i, "id", "directory.id_duplicate", $"{zh}标识「{id(entry)}」重复。", $"The {en} id '{id(entry)}' appears twice.");
            }

            if (!string.IsNullOrWhiteSpace(code(entry)) && !codes.Add(code(entry)))
            {
                add(kind, i, "code", "directory.code_duplicate",
                    $"{zh}编码「{code(entry)}」重复。", $"The {en} code '{code(entry)}' appears twice.");
            }
        }
    }

    private static void CheckText(
        string? value, DirectoryKind kind, int index, string field, string zh, string en,
        Action<DirectoryKind, int, string, string, string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            add(kind, index, field, "directory.empty", $"{zh}不能为空。", $"The {en} is empty.");
        }
        else if (field is "id" or "userId" && value.Length <= MaxLength && !IsValidId(value))
        {
            add(kind, index, field, "directory.id_invalid",
                $"{zh}「{value}」只能由字母、数字和 - _ . : @ | 组成。",
                $"The {en} '{value}' may hold only letters, digits and - _ . : @ |.");
        }
        else if (value.Length > MaxLength || value.Any(char.IsControl))
        {
            add(kind, index, field, "directory.too_long",
                $"{zh}不能超过 {MaxLength} 个字符，也不能含控制字符。",
                $"The {en} is longer than {MaxLength} characters or holds control characters.");
        }
    }
}
