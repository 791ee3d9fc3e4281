using System.Text.Json;
using PerfEval.Domain.Import;

namespace PerfEval.Domain.Directories;

/// <summary>What an import would change: per kind, entries added, changed and left as they were.</summary>
public sealed record DirectoryChanges(
    int DepartmentsAdded, int DepartmentsChanged, int UnitsAdded, int UnitsChanged, int PeopleAdded, int PeopleChanged,
    int Unchanged);

/// <summary>An import's outcome: the directory it makes (null when any problem was found), every problem, the changes.</summary>
public sealed record DirectoryImportResult(
    OrgDirectory? Directory, IReadOnlyList<DirectoryProblem> Problems, DirectoryChanges Changes);

/// <summary>One row of a sheet or one entry of a JSON file, before its codes are turned into ids.</summary>
internal sealed record DepartmentRow(int Row, string? Id, string Code, string Name);

internal sealed record UnitRow(int Row, string? Id, string Code, string Name, string DepartmentRef);

internal sealed record PersonRow(int Row, string UserId, string Name, IReadOnlyList<string> Roles, string? UnitRef, IReadOnlyList<string> DepartmentRefs);

/// <summary>
/// Imports into the directory (docs/domain-rules.md#directory): the file's entries are added, or replace the entry
/// with the same id (a workbook row without an id replaces the entry with the same code); entries the file does not
/// name stay. All or nothing: the merged directory is checked whole and any problem refuses the whole file, every
/// problem listed by sheet, row and column. A workbook names references by code, a JSON file by id.
/// </summary>
public static class DirectoryImport
{
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', ' ', '\n'];

    /// <summary>A workbook (.xlsx) or a JSON file, told by its first bytes.</summary>
    public static DirectoryImportResult Import(OrgDirectory current, byte[] content, ImportLimits limits) =>
        content.Length >= 2 && content[0] == (byte)'P' && content[1] == (byte)'K'
            ? FromWorkbook(current, content, limits)
            : FromJson(current, content);

    /// <summary>The JSON shape of GET /api/directory: departments, units (departmentId), people (unitId, departmentIds).</summary>
    public static DirectoryImportResult FromJson(OrgDirectory current, byte[] content)
    {
        DirectoryJson? file;
        try
        {
            file = JsonSerializer.Deserialize<DirectoryJson>(content, JsonOptions);
        }
        catch (JsonException e)
        {
            return Refused(Problem(DirectoryKind.Department, 0, "id", "directory.unreadable",
                $"文件不是目录的 JSON 或 Excel 工作簿（{e.Message}）。", $"The file is neither the directory's JSON nor a workbook ({e.Message})."));
        }

        if (file is null)
        {
            return Refused(Problem(DirectoryKind.Department, 0, "id", "directory.unreadable",
                "文件为空。", "The file is empty."));
        }

        var departments = (file.Departments ?? []).Select((d, i) => new DepartmentRow(i + 1, d?.Id, d?.Code ?? "", d?.Name ?? "")).ToList();
        var units = (file.Units ?? []).Select((u, i) => new UnitRow(i + 1, u?.Id, u?.Code ?? "", u?.Name ?? "", u?.DepartmentId ?? "")).ToList();
        var people = (file.People ?? []).Select((p, i) => new PersonRow(
            i + 1, p?.UserId ?? "", p?.Name ?? "", [.. (p?.Roles ?? []).Select(r => r ?? "")], p?.UnitId,
            [.. (p?.DepartmentIds ?? []).Select(d => d ?? "")])).ToList();
        return Merge(current, departments, units, people, byCode: false, []);
    }

    public static DirectoryImportResult FromWorkbook(OrgDirectory current, byte[] content, ImportLimits limits)
    {
        var (sheets, problems) = DirectoryWorkbook.Read(content, limits);
        if (problems.Count > 0)
        {
            return Refused([.. problems]);
        }

        return Merge(current, sheets.Departments, sheets.Units, sheets.People, byCode: true, []);
    }

    private static DirectoryImportResult Merge(
        OrgDirectory current, List<DepartmentRow> departmentRows, List<UnitRow> unitRows, List<PersonRow> personRows,
        bool byCode, List<DirectoryProblem> problems)
    {
        var rowOf = new Dictionary<(DirectoryKind, string), int>();
        var directory = current;
        foreach (var row in departmentRows)
        {
            var id = NonEmpty(row.Id) ?? directory.Departments.FirstOrDefault(d => d.Code == row.Code.Trim())?.Id ?? row.Code.Trim();
            directory = directory.With(new Department(id, row.Code.Trim(), row.Name.Trim()));
            rowOf[(DirectoryKind.Department, id)] = row.Row;
        }

        foreach (var row in unitRows)
        {
            var id = NonEmpty(row.Id) ?? directory.Units.FirstOrDefault(u => u.Code == row.Code.Trim())?.Id ?? row.Code.Trim();
            var department = byCode ? DepartmentByCode(directory, row.DepartmentRef) : row.DepartmentRef.Trim();
            directory = directory.With(new OrgUnit(id, row.Code.Trim(), row.Name.Trim(), department));
            rowOf[(DirectoryKind.Unit, id)] = row.Row;
        }

        foreach (var row in personRows)
        {
            var roles = row.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => RoleNames.Parse(r) ?? r.Trim()).Distinct().ToList();
            var unit = NonEmpty(row.UnitRef) is { } unitRef
                ? byCode ? directory.Units.FirstOrDefault(u => u.Code == unitRef)?.Id ?? unitRef : unitRef
                : null;
            var reviewed = row.DepartmentRefs.Where(d => !string.IsNullOrWhiteSpace(d))
                .Select(d => byCode ? DepartmentByCode(directory, d) : d.Trim()).Distinct().ToList();
            var userId = row.UserId.Trim();
            directory = directory.With(new Person(userId, row.Name.Trim(), roles, unit, reviewed));
            rowOf[(DirectoryKind.Person, userId)] = row.Row;
        }

        int Row(DirectoryKind kind, int index)
        {
            var key = kind switch
            {
                DirectoryKind.Department => directory.Departments[index].Id,
                DirectoryKind.Unit => directory.Units[index].Id,
                _ => directory.People[index].UserId,
            };
            return rowOf.TryGetValue((kind, key), out var row) ? row : 0;
        }

        problems.AddRange(DirectoryRules.Check(directory, Row));
        var changes = Compare(current, directory);
        return problems.Count > 0
            ? new DirectoryImportResult(null, [.. problems.OrderBy(p => p.Kind).ThenBy(p => p.Row)], changes)
            : new DirectoryImportResult(directory, [], changes);
    }

    /// <summary>What changed between two directories, entry by entry.</summary>
    public static DirectoryChanges Compare(OrgDirectory before, OrgDirectory after)
    {
        var (da, dc, du) = Count(before.Departments, after.Departments, d => d.Id, (a, b) => a == b);
        var (ua, uc, uu) = Count(before.Units, after.Units, u => u.Id, (a, b) => a == b);
        var (pa, pc, pu) = Count(before.People, after.People, p => p.UserId, SamePerson);
        return new DirectoryChanges(da, dc, ua, uc, pa, pc, du + uu + pu);
    }

    internal static bool SamePerson(Person a, Person b) =>
        a.UserId == b.UserId && a.Name == b.Name && a.UnitId == b.UnitId
        && a.Roles.SequenceEqual(b.Roles) && a.DepartmentIds.SequenceEqual(b.DepartmentIds);

    private static (int Added, int Changed, int Unchanged) Count<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, T, bool> same)
    {
        var old = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var entry in before)
        {
            old.TryAdd(key(entry), entry);
        }

        int added = 0, changed = 0, unchanged = 0;
        foreach (var entry in after)
        {
            if (!old.TryGetValue(key(entry), out var was))
            {
                added++;
            }
            else if (same(was, entry))
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return (added, changed, unchanged);
    }

    internal static IReadOnlyList<string> SplitList(string text) =>
        [.. text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string DepartmentByCode(OrgDirectory directory, string code) =>
        directory.Departments.FirstOrDefault(d => d.Code == code.Trim())?.Id ?? code.Trim();

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DirectoryImportResult Refused(params DirectoryProblem[] problems) =>
        new(null, problems, new DirectoryChanges(0, 0, 0, 0, 0, 0, 0));

    internal static DirectoryProblem Problem(DirectoryKind kind, int row, string field, string code, string zh, string en) =>
        new(kind, row, field, code, zh, en);

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        MaxDepth = 8,
    };

    private sealed record DirectoryJson(
        IReadOnlyList<DepartmentJson?>? Departments, IReadOnlyList<UnitJson?>? Units, IReadOnlyList<PersonJson?>? People);

    private sealed record DepartmentJson(string? Id, string? Code, string? Name);

    private sealed record UnitJson(string? Id, string? Code, string? Name, string? DepartmentId);

    private sealed record PersonJson(
        string? UserId, string? Name, IReadOnlyList<string?>? Roles, string? UnitId, IReadOnlyList<string?>? DepartmentIds);
}
