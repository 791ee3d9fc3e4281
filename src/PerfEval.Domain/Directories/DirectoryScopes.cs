using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Directories;

/// <summary>
/// What a signed-in person may see (docs/domain-rules.md#directory): when the directory has the person, their unit is
/// the directory's and their departments are the ones they review (a reviewer) and the one their unit belongs to (a
/// unit's staff); the token's unit and department claims are then ignored. A person the directory does not know keeps
/// the token's claims. Roles and identity always come from the token.
/// </summary>
public static class DirectoryScopes
{
    public sealed record Scope(string? UnitId, IReadOnlyList<string> DepartmentIds);

    /// <summary>The directory's scope for the person, or null when the directory does not know them.</summary>
    public static Scope? For(OrgDirectory directory, string userId, IReadOnlyCollection<string> roles)
    {
        if (directory.Person(userId) is not { } person)
        {
            return null;
        }

        var departments = new List<string>();
        if (roles.Contains(Role.Reviewer))
        {
            departments.AddRange(person.DepartmentIds);
        }

        var unitId = roles.Contains(Role.Unit) ? person.UnitId : null;
        if (directory.Unit(unitId) is { } unit && !departments.Contains(unit.DepartmentId))
        {
            departments.Add(unit.DepartmentId);
        }

        return new Scope(unitId, departments);
    }
}
