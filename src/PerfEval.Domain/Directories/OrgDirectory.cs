using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Directories;

/// <summary>A department (主管部门): the id forms and tokens carry, its code and its name.</summary>
public sealed record Department(string Id, string Code, string Name);

/// <summary>A budget unit (预算单位/实施单位) and the department it belongs to.</summary>
public sealed record OrgUnit(string Id, string Code, string Name, string DepartmentId);

/// <summary>
/// A person, by the token's subject: name, roles, the unit of a unit's staff and the departments a reviewer reviews.
/// </summary>
public sealed record Person(
    string UserId, string Name, IReadOnlyList<string> Roles, string? UnitId, IReadOnlyList<string> DepartmentIds);

/// <summary>
/// The directory of departments, units and people (docs/domain-rules.md#directory): the names shown for ids and the
/// scopes the platform grants. Lookups by id; the lists keep the admin's order.
/// </summary>
public sealed record OrgDirectory(
    IReadOnlyList<Department> Departments, IReadOnlyList<OrgUnit> Units, IReadOnlyList<Person> People)
{
    public static OrgDirectory Empty { get; } = new([], [], []);

    public Department? Department(string? id) => id is null ? null : Departments.FirstOrDefault(d => d.Id == id);

    public OrgUnit? Unit(string? id) => id is null ? null : Units.FirstOrDefault(u => u.Id == id);

    public Person? Person(string? userId) => userId is null ? null : People.FirstOrDefault(p => p.UserId == userId);

    /// <summary>A department's name, or its id when the directory has no entry.</summary>
    public string DepartmentName(string id) => Department(id)?.Name ?? id;

    /// <summary>A unit's name, or its id when the directory has no entry.</summary>
    public string UnitName(string id) => Unit(id)?.Name ?? id;

    /// <summary>A person's name, or the fallback (the name the token gave, else the id) when the directory has none.</summary>
    public string PersonName(string userId, string? fallback = null) => Person(userId)?.Name ?? fallback ?? userId;

    /// <summary>The entry replaced (same id) or appended.</summary>
    public OrgDirectory With(Department department) =>
        this with { Departments = Replace(Departments, department, d => d.Id == department.Id) };

    public OrgDirectory With(OrgUnit unit) => this with { Units = Replace(Units, unit, u => u.Id == unit.Id) };

    public OrgDirectory With(Person person) =>
        this with { People = Replace(People, person, p => p.UserId == person.UserId) };

    private static List<T> Replace<T>(IReadOnlyList<T> list, T item, Func<T, bool> same)
    {
        var copy = list.ToList();
        var at = copy.FindIndex(x => same(x));
        if (at >= 0)
        {
            copy[at] = item;
        }
        else
        {
            copy.Add(item);
        }

        return copy;
    }
}

/// <summary>The Chinese and English names of the roles, as the directory's sheets and screens write them.</summary>
public static class RoleNames
{
    private static readonly (string Code, string Zh, string En)[] Names =
    [
        (Role.Unit, "填报单位", "Unit"),
        (Role.Reviewer, "审核人", "Reviewer"),
        (Role.Manager, "管理人员", "Manager"),
        (Role.Admin, "系统管理员", "Admin"),
    ];

    public static string Zh(string code) => Names.FirstOrDefault(n => n.Code == code).Zh ?? code;

    /// <summary>A role's code from its code or its Chinese or English name; null when it names no role.</summary>
    public static string? Parse(string text)
    {
        var t = text.Trim();
        return Names.FirstOrDefault(n => string.Equals(n.Code, t, StringComparison.OrdinalIgnoreCase)
            || n.Zh == t || string.Equals(n.En, t, StringComparison.OrdinalIgnoreCase)).Code;
    }
}
