using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Notifications;
using PerfEval.Domain.Rectification;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.TestFiles;
using PerfEval.Worker.Jobs;

namespace PerfEval.IntegrationTests.Rectification;

/// <summary>
/// Rectification notices (问题整改) over HTTP: issue, answer, the review task in the queue, return, answer again, accept;
/// who sees what; the history; the notifications both ways; the daily deadline job with a fake clock.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RectificationTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_notice_goes_round_issue_answer_return_answer_accept_with_its_task_in_the_queue_and_its_history()
    {
        var (org, unit, form) = await RectificationFlow.SubmittedFormAsync(platform);
        var reviewerUser = TestUser.Reviewer(org.DepartmentId);
        var reviewer = await platform.ClientFor(reviewerUser);
        var finding = form.Scorecard!.Findings.Select(f => f.Code).FirstOrDefault();

        var issued = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(form.Id, finding));
        Assert.Equal((RectificationStatus.Issued, form.Id, form.ProjectName), (issued.Status, issued.EvaluationId, issued.Subject));
        Assert.Equal(form.Form.Header.ImplementingUnit, issued.UnitName);
        Assert.Equal(finding, issued.Problems[0].FindingCode);

        // The unit sees its own notice; another unit does not.
        var mine = await Forms.Read<PagedList<RectificationNotice>>(await unit.GetAsync($"/api/rectifications?year={form.FiscalYear}&status=Issued"));
        Assert.Equal(issued.Id, Assert.Single(mine.Items).Id);
        var stranger = await platform.ClientFor(TestOrg.New().Submitter);
        Assert.Empty((await Forms.Read<PagedList<RectificationNotice>>(await stranger.GetAsync("/api/rectifications"))).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/rectifications/{issued.Id}")).StatusCode);

        var evidence = form.Evidence.Single();
        var answered = await RectificationFlow.Act(unit, $"/api/rectifications/{issued.Id}/response",
            new { measures = "已补充原始问卷 1,200 份", evidenceIds = new[] { evidence.Id } });
        Assert.Equal(RectificationStatus.Answered, answered.Status);
        Assert.Equal(evidence.FileName, Assert.Single(answered.Rounds[0].Evidence).FileName);

        var task = await RectificationFlow.ClaimAsync(reviewer, issued.Id);
        Assert.Equal((form.ProjectName, 1), (task.ProjectName, task.Submission));
        Assert.Equal(RectificationStatus.InReview, (await Forms.Read<RectificationNotice>(await reviewer.GetAsync($"/api/rectifications/{issued.Id}"))).Status);
        var returned = await RectificationFlow.Act(reviewer, $"/api/rectifications/{issued.Id}/return",
            new { reason = "问卷缺少调查日期", deadline = RectificationFlow.Deadline(40) });
        Assert.Equal((RectificationStatus.Returned, RoundOutcome.Returned), (returned.Status, returned.Rounds[0].Outcome));

        await RectificationFlow.Act(unit, $"/api/rectifications/{issued.Id}/response", new { measures = "已补充调查日期" });
        await RectificationFlow.ClaimAsync(reviewer, issued.Id);
        var accepted = await RectificationFlow.Act(reviewer, $"/api/rectifications/{issued.Id}/accept", new { comment = "整改到位" });
        Assert.Equal((RectificationStatus.Accepted, 2), (accepted.Status, accepted.Rounds.Count));

        var tasks = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Done&pageSize=200"));
        Assert.Equal(["Returned", "Accepted"], tasks.Items.Where(t => t.EvaluationId == issued.Id).OrderBy(t => t.Submission).Select(t => t.Outcome));

        var history = await unit.GetFromJsonAsync<JsonElement>($"/api/rectifications/{issued.Id}/history", Forms.Json);
        var types = history.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(nameof(RectificationIssued), types[0]);
        Assert.Equal(nameof(RectificationAccepted), types[^1]);
        var at = history.GetProperty("events")[0].GetProperty("timestamp").GetDateTimeOffset();
        var then = await unit.GetFromJsonAsync<JsonElement>($"/api/rectifications/{issued.Id}/history?asOf={Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}", Forms.Json);
        Assert.Equal("Issued", then.GetProperty("state").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_unit_is_told_of_the_notice_and_its_acceptance_and_the_reviewers_of_its_answer()
    {
        var (org, unit, form) = await RectificationFlow.SubmittedFormAsync(platform);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var notice = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(form.Id));

        await UntilNotified(unit, notice.Id, "rectification-issued");
        await RectificationFlow.Act(unit, $"/api/rectifications/{notice.Id}/response", new { measures = "已整改" });
        await UntilNotified(reviewer, notice.Id, "review-task-opened");
        await RectificationFlow.ClaimAsync(reviewer, notice.Id);
        await RectificationFlow.Act(reviewer, $"/api/rectifications/{notice.Id}/accept", new { });
        var accepted = await UntilNotified(unit, notice.Id, "rectification-accepted");
        Assert.Contains(form.ProjectName, accepted.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_notice_about_a_department_wide_form_is_listed_and_queued_with_the_forms_kind()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var year = Lifecycle.OwnYear();
        var form = await Lifecycle.SubmitAsync(platform, unit, DepartmentWideSample.Form(year));
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var project = await Lifecycle.SubmitAsync(platform, unit, Lifecycle.SeedForms[0].InYear(year));

        var issued = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(form.Id));
        var aboutProject = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(project.Id));

        Assert.Equal((form.Id, (FormKind?)FormKind.DepartmentWide), (issued.EvaluationId, issued.FormKind));
        Assert.Equal(FormKind.Project, aboutProject.FormKind);
        var listed = await Forms.Read<PagedList<RectificationNotice>>(await unit.GetAsync($"/api/rectifications?year={year}"));
        Assert.Equal(FormKind.DepartmentWide, Assert.Single(listed.Items, n => n.Id == issued.Id).FormKind);
        Assert.Equal(FormKind.Project, Assert.Single(listed.Items, n => n.Id == aboutProject.Id).FormKind);

        // The unit's answer opens a review task that tells the form's kind in the reviewers' queue.
        await RectificationFlow.Act(unit, $"/api/rectifications/{issued.Id}/response", new { measures = "已整改" });
        var task = await RectificationFlow.ClaimAsync(reviewer, issued.Id);
        Assert.Equal((ReviewTaskKind.Rectification, FormKind.DepartmentWide), (task.Kind, task.FormKind));
    }

    [Fact]
    public async Task A_manager_issues_a_notice_about_a_unit_named_as_its_forms_name_it_and_refusals_read_in_Chinese()
    {
        var (org, unit, form) = await RectificationFlow.SubmittedFormAsync(platform);
        var manager = await platform.ClientFor(TestUser.Manager());

        var notice = await RectificationFlow.IssueAsync(manager, new
        {
            unitId = org.UnitId,
            departmentId = org.DepartmentId,
            fiscalYear = form.FiscalYear,
            problems = new[] { new { description = "年度自评普遍缺少佐证材料" } },
            requirement = "建立佐证材料归档制度",
            deadline = RectificationFlow.Deadline(),
        });
        Assert.Equal((null, form.Form.Header.ImplementingUnit), (notice.EvaluationId, notice.Subject));
        Assert.Null(notice.FormKind);

        var withEvidence = await unit.PostAsJsonAsync($"/api/rectifications/{notice.Id}/response",
            new { measures = "已建立制度", evidenceIds = new[] { form.Evidence[0].Id } }, Forms.Json);
        Assert.Equal(HttpStatusCode.BadRequest, withEvidence.StatusCode);
        var problem = await withEvidence.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rectification.evidence_invalid", problem.GetProperty("code").GetString());
        Assert.Contains("佐证材料", problem.GetProperty("detailZh").GetString());

        var otherReviewer = await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId));
        var refused = await otherReviewer.PostAsJsonAsync("/api/rectifications", RectificationFlow.IssueBody(form.Id), Forms.Json);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var unlinked = await manager.PostAsJsonAsync("/api/rectifications", RectificationFlow.IssueBody(form.Id, "NO_SUCH_FINDING"), Forms.Json);
        Assert.Equal(HttpStatusCode.BadRequest, unlinked.StatusCode);
        Assert.Contains("NO_SUCH_FINDING", (await unlinked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_deadline_job_reminds_the_unit_before_the_deadline_and_escalates_once_after_it()
    {
        var (org, unit, form) = await RectificationFlow.SubmittedFormAsync(platform);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var waiting = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(form.Id, deadline: deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var answered = await RectificationFlow.IssueAsync(reviewer, RectificationFlow.IssueBody(form.Id, deadline: deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        await RectificationFlow.Act(unit, $"/api/rectifications/{answered.Id}/response", new { measures = "已整改" });

        // 09:00 in Shanghai, from four days before the deadline to three days after it.
        var clock = new FakeTimeProvider(new DateTimeOffset(deadline.AddDays(-4).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        var byDay = new Dictionary<int, List<Notification>>();
        var seen = new HashSet<Guid>();
        for (var day = -4; day <= 3; day++)
        {
            await ActivatorUtilities.CreateInstance<RectificationDeadlineJob>(platform.Services, clock).RunAsync(CancellationToken.None);
            var fresh = (await NotificationsAbout([waiting.Id, answered.Id])).Where(n => seen.Add(n.Id)).ToList();
            if (fresh.Count > 0)
            {
                byDay[day] = fresh;
            }

            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal([-3, -1, 1], byDay.Keys.Order());
        Assert.All(byDay.Values.SelectMany(n => n), n => Assert.Equal(waiting.Id, n.EvaluationId));
        Assert.Equal(RectificationNotifications.ReminderKind, Assert.Single(byDay[-3]).Kind);
        Assert.Equal(
            [Audiences.Managers, Audiences.DepartmentReviewers(org.DepartmentId), Audiences.Unit(org.UnitId)],
            byDay[1].Select(n => n.Audience).Order());
        Assert.All(byDay[1], n => Assert.Equal(RectificationNotifications.OverdueKind, n.Kind));
    }

    private async Task<IReadOnlyList<Notification>> NotificationsAbout(Guid[] ids)
    {
        var about = ids.Select(id => (Guid?)id).ToArray();
        await using var session = Lifecycle.Store(platform).QuerySession();
        return await session.Query<Notification>()
            .Where(n => about.Contains(n.EvaluationId) && n.Kind.StartsWith("deadline."))
            .ToListAsync();
    }

    private static async Task<JsonElement> UntilNotified(HttpClient client, Guid about, string kind)
    {
        JsonElement found = default;
        await Eventually.Until(async () =>
        {
            var page = await client.GetFromJsonAsync<PagedList<JsonElement>>("/api/notifications?pageSize=100", Forms.Json);
            found = page!.Items.FirstOrDefault(n =>
                n.GetProperty("evaluationId").ValueKind == JsonValueKind.String
                && n.GetProperty("evaluationId").GetGuid() == about && n.GetProperty("kind").GetString() == kind);
            return found.ValueKind != JsonValueKind.Undefined;
        }, $"a {kind} notification");
        return found;
    }
}
