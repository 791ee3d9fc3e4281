namespace PerfEval.Domain.Evaluations;

/// <summary>Who acts: the authenticated user, with the scopes the decisions need.</summary>
public sealed record Actor(
    string Id,
    string Name,
    IReadOnlySet<string> Roles,
    string? UnitId,
    IReadOnlySet<string> DepartmentIds)
{
    public bool IsUnit => Roles.Contains(Role.Unit);
    public bool IsReviewer => Roles.Contains(Role.Reviewer);
    public bool IsManager => Roles.Contains(Role.Manager);

    public bool BelongsToUnit(string unitId) => IsUnit && string.Equals(UnitId, unitId, StringComparison.Ordinal);

    public bool ReviewsDepartment(string departmentId) => IsReviewer && DepartmentIds.Contains(departmentId);

    /// <summary>The platform itself (consumers, jobs).</summary>
    public static Actor System { get; } = new(
        "system", "PerfEval Platform", new HashSet<string>(), null, new HashSet<string>());
}

/// <summary>The roles of docs/domain-rules.md#access, as they appear in the token's role claims.</summary>
public static class Role
{
    public const string Unit = "unit";
    public const string Reviewer = "reviewer";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Unit, Reviewer, Manager, Admin];
}
