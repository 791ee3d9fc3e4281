using System.Net;
using System.Net.Http.Json;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Notifications;

/// <summary>Notifications name the unit, its department and the project as the directory writes them, not their ids.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationNamesTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    [Fact]
    public async Task The_units_approval_notification_gives_the_final_score_to_two_decimals_and_the_grade_in_each_language()
    {
        var (_, unit, reviewer, form) = await _flow.InReview();

        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, form.Id, "review/approve")).StatusCode);

        var approved = await _flow.Read(unit, form.Id);
        var english = new Dictionary<string, string> { ["优"] = "Excellent", ["良"] = "Good", ["中"] = "Fair", ["差"] = "Poor" };
        var notice = await _flow.WaitForNotification(unit, form.Id, "review-approved");
        Assert.Equal($"最终得分 {approved.FinalTotal:0.00}，等级 {approved.FinalGrade}。", notice.Body);
        Assert.Equal($"Final score {approved.FinalTotal:0.00}, grade {english[approved.FinalGrade!]}.", notice.BodyEn);
    }

    [Fact]
    public async Task A_reviewers_new_task_notification_names_the_unit_department_and_project()
    {
        var org = TestOrg.New();
        var suffix = org.DepartmentId["dept-".Length..];
        var admin = await platform.ClientFor(TestUser.Admin());
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(
            $"/api/directory/departments/{org.DepartmentId}", new { code = $"N-{suffix}", name = "区人力资源和社会保障局" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(
            $"/api/directory/units/{org.UnitId}", new { code = $"NU-{suffix}", name = "区就业促进中心", departmentId = org.DepartmentId })).StatusCode);
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);

        await _flow.Submit(unit, draft.Id);

        var opened = await _flow.WaitForNotification(reviewer, draft.Id, "review-task-opened");
        Assert.Equal($"新的审核任务：{draft.ProjectName}", opened.Title);
        Assert.Equal($"New review task: {draft.ProjectName}", opened.TitleEn);
        Assert.StartsWith("区就业促进中心（区人力资源和社会保障局）的", opened.Body);
        Assert.Contains("区就业促进中心 (区人力资源和社会保障局)", opened.BodyEn);
        var text = string.Join(" ", opened.Title, opened.TitleEn, opened.Body, opened.BodyEn);
        Assert.DoesNotContain(org.UnitId, text);
        Assert.DoesNotContain(org.DepartmentId, text);
        Assert.DoesNotContain(draft.Id.ToString(), text);
    }

    [Fact]
    public async Task A_unit_the_directory_does_not_know_is_named_by_its_id()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);

        await _flow.Submit(unit, draft.Id);

        var opened = await _flow.WaitForNotification(reviewer, draft.Id, "review-task-opened");
        Assert.StartsWith($"{org.UnitId}（{org.DepartmentId}）的", opened.Body);
    }
}
