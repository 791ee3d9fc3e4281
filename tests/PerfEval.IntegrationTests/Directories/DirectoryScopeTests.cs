using System.Net;
using System.Net.Http.Json;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Directories;

/// <summary>Scopes come from the directory for the people it knows; the token's claims for the others.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DirectoryScopeTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    [Fact]
    public async Task A_reviewer_sees_the_departments_the_directory_names_not_the_ones_the_token_claims()
    {
        var a = TestOrg.New();
        var b = TestOrg.New();
        var formA = await Submitted(a);
        var formB = await Submitted(b);
        var admin = await platform.ClientFor(TestUser.Admin());
        var suffix = b.DepartmentId["dept-".Length..];
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/directory/departments/{b.DepartmentId}", new { code = $"B-{suffix}", name = "乙部门" })).StatusCode);

        // The token claims department A; the directory says B.
        var user = TestUser.Reviewer(a.DepartmentId);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/directory/people/{user.Id}",
            new { name = "乙部门审核人", roles = new[] { "reviewer" }, departmentIds = new[] { b.DepartmentId } })).StatusCode);
        var reviewer = await platform.ClientFor(user);

        await _flow.WaitForTask(reviewer, formB);
        var inbox = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?pageSize=200"));
        Assert.DoesNotContain(inbox.Items, t => t.EvaluationId == formA);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/evaluations/{formA}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/evaluations/{formB}")).StatusCode);

        // A reviewer the directory does not know keeps the token's departments.
        var unknown = await platform.ClientFor(TestUser.Reviewer(a.DepartmentId));
        await _flow.WaitForTask(unknown, formA);
    }

    [Fact]
    public async Task A_unit_users_unit_comes_from_the_directory()
    {
        var home = TestOrg.New();
        var admin = await platform.ClientFor(TestUser.Admin());
        var suffix = home.DepartmentId["dept-".Length..];
        await admin.PutAsJsonAsync($"/api/directory/departments/{home.DepartmentId}", new { code = $"H-{suffix}", name = "本部门" });
        await admin.PutAsJsonAsync($"/api/directory/units/{home.UnitId}", new { code = $"HU-{suffix}", name = "本单位", departmentId = home.DepartmentId });

        // The token names another unit and department; the directory puts the user in home.
        var user = TestOrg.New().Submitter;
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/directory/people/{user.Id}",
            new { name = "本单位填报人", roles = new[] { "unit" }, unitId = home.UnitId })).StatusCode);
        var unit = await platform.ClientFor(user);
        var (draft, _) = await Forms.CreateDraft(unit);
        Assert.Equal((home.UnitId, home.DepartmentId), (draft.UnitId, draft.DepartmentId));
    }

    private async Task<Guid> Submitted(TestOrg org)
    {
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        await _flow.Submit(unit, draft.Id);
        return draft.Id;
    }
}
