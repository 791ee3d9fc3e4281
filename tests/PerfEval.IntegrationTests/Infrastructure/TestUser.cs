namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>A user of the tests. Each test makes its own units and departments so tests never see each other's data.</summary>
public sealed record TestUser(string Id, string Name, string[] Roles, string? UnitId, string[] DepartmentIds)
{
    public static TestUser Unit(string unitId, string departmentId) =>
        new($"user-{unitId}", $"Submitter of {unitId}", ["unit"], unitId, [departmentId]);

    public static TestUser Reviewer(params string[] departmentIds) =>
        new($"reviewer-{Guid.NewGuid():N}"[..20], "Reviewer", ["reviewer"], null, departmentIds);

    public static TestUser Manager() => new($"manager-{Guid.NewGuid():N}"[..20], "Manager", ["manager"], null, []);

    public static TestUser Admin() => new($"admin-{Guid.NewGuid():N}"[..20], "Admin", ["admin"], null, []);
}

/// <summary>Fresh ids for one test's own unit and department.</summary>
public sealed record TestOrg(string UnitId, string DepartmentId)
{
    public static TestOrg New()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        return new TestOrg($"unit-{suffix}", $"dept-{suffix}");
    }

    public TestUser Submitter => TestUser.Unit(UnitId, DepartmentId);
}
