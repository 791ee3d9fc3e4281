using System.Net;
using System.Net.Http.Json;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Directories;

/// <summary>GET /api/me: the signed-in person as the directory scopes them, or as the token says when it does not know them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MeTests(PlatformFixture platform)
{
    public sealed record NamedView(string Id, string Name);

    public sealed record MeView(
        string Id, string Name, IReadOnlyList<string> Roles, string? UnitId, string? UnitName, IReadOnlyList<NamedView> Departments);

    [Fact]
    public async Task A_unit_user_the_directory_knows_gets_its_unit_and_department_whatever_the_token_says()
    {
        var home = TestOrg.New();
        var admin = await platform.ClientFor(TestUser.Admin());
        var suffix = home.DepartmentId["dept-".Length..];
        await Put(admin, $"/api/directory/departments/{home.DepartmentId}", new { code = $"M-{suffix}", name = "区教育局" });
        await Put(admin, $"/api/directory/units/{home.UnitId}", new { code = $"MU-{suffix}", name = "区实验小学", departmentId = home.DepartmentId });
        var user = TestOrg.New().Submitter;
        await Put(admin, $"/api/directory/people/{user.Id}", new { name = "李会计", roles = new[] { "unit" }, unitId = home.UnitId });

        var me = await Me(await platform.ClientFor(user));

        Assert.Equal(user.Id, me.Id);
        Assert.Equal("李会计", me.Name);
        Assert.Equal(["unit"], me.Roles);
        Assert.Equal((home.UnitId, "区实验小学"), (me.UnitId, me.UnitName));
        Assert.Equal([new NamedView(home.DepartmentId, "区教育局")], me.Departments);
    }

    [Fact]
    public async Task A_reviewer_the_directory_knows_reviews_its_departments_not_the_tokens()
    {
        var claimed = TestOrg.New();
        var reviewed = TestOrg.New();
        var admin = await platform.ClientFor(TestUser.Admin());
        var suffix = reviewed.DepartmentId["dept-".Length..];
        await Put(admin, $"/api/directory/departments/{reviewed.DepartmentId}", new { code = $"R-{suffix}", name = "区卫健委" });
        var user = TestUser.Reviewer(claimed.DepartmentId);
        await Put(admin, $"/api/directory/people/{user.Id}", new { name = "王审核", roles = new[] { "reviewer" }, departmentIds = new[] { reviewed.DepartmentId } });

        var me = await Me(await platform.ClientFor(user));

        Assert.Equal("王审核", me.Name);
        Assert.Equal(["reviewer"], me.Roles);
        Assert.Null(me.UnitId);
        Assert.Null(me.UnitName);
        Assert.Equal([new NamedView(reviewed.DepartmentId, "区卫健委")], me.Departments);
    }

    [Fact]
    public async Task A_person_the_directory_does_not_know_keeps_the_tokens_claims()
    {
        var org = TestOrg.New();
        var admin = await platform.ClientFor(TestUser.Admin());
        var suffix = org.DepartmentId["dept-".Length..];
        await Put(admin, $"/api/directory/departments/{org.DepartmentId}", new { code = $"T-{suffix}", name = "区财政局" });
        var user = org.Submitter;

        var me = await Me(await platform.ClientFor(user));

        Assert.Equal((user.Id, user.Name), (me.Id, me.Name));
        Assert.Equal(["unit"], me.Roles);
        // The unit has no entry: its id stands for its name; the department has one.
        Assert.Equal((org.UnitId, org.UnitId), (me.UnitId, me.UnitName));
        Assert.Equal([new NamedView(org.DepartmentId, "区财政局")], me.Departments);
    }

    [Fact]
    public async Task No_one_is_answered_without_signing_in()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.AnonymousClient().GetAsync("/api/me")).StatusCode);
    }

    private static async Task Put(HttpClient admin, string path, object body) =>
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(path, body)).StatusCode);

    private static async Task<MeView> Me(HttpClient client)
    {
        var response = await client.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.Read<MeView>(response);
    }
}
