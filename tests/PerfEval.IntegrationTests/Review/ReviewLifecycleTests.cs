using System.Net;
using System.Net.Http.Json;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Review;

/// <summary>Whole lives of a form through the review workflow, with two users at least, over HTTP and the broker.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReviewLifecycleTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    [Fact]
    public async Task Adjust_request_revision_resubmit_and_approve_fixes_the_final_score_and_tells_everyone()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);

        await _flow.Submit(unit, draft.Id);
        var scored = await _flow.WaitForScore(unit, draft.Id);
        Assert.Equal(98.00m, scored.Scorecard!.ClaimedSum);
        await _flow.Claim(reviewer, draft.Id);
        Assert.Equal(EvaluationStatus.InReview, (await _flow.Read(unit, draft.Id)).Status);

        var adjust = await _flow.Act(reviewer, draft.Id, "review/adjustments",
            new { target = "indicator", indicatorIndex = 0, score = 12.5m, reason = "保障人数台账不全" });
        Assert.Equal(HttpStatusCode.OK, adjust.StatusCode);
        var adjusted = await Forms.Read<Evaluation>(adjust);
        Assert.Equal(15m, adjusted.Form.Indicators[0].ClaimedScore);
        var adjustment = Assert.Single(adjusted.Adjustments);
        Assert.Equal(15m, adjustment.ClaimedScore);
        Assert.Equal(12.5m, adjustment.NewScore);
        Assert.Equal(95.5m, adjusted.ReviewedTotal);

        var comment = await _flow.Act(reviewer, draft.Id, "review/comments", new { text = "请补充台账", indicatorIndex = 0 });
        Assert.Equal(HttpStatusCode.OK, comment.StatusCode);
        var revision = await _flow.Act(reviewer, draft.Id, "review/request-revision", new { reasons = new[] { "补充保障人数台账" } });
        Assert.Equal(HttpStatusCode.OK, revision.StatusCode);
        var sentBack = await Forms.Read<Evaluation>(revision);
        Assert.Equal(EvaluationStatus.RevisionRequested, sentBack.Status);
        Assert.Equal(["补充保障人数台账"], sentBack.RevisionReasons);

        // The unit sees the comment and the reasons, edits and resubmits.
        var seen = await _flow.Read(unit, draft.Id);
        Assert.Equal("请补充台账", Assert.Single(seen.Comments).Text);
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/evaluations/{draft.Id}")
        {
            Content = JsonContent.Create(Forms.Sample() with { ClaimedTotal = 98.00m }, options: Forms.Json),
        };
        edit.Headers.TryAddWithoutValidation("If-Match", $"\"{seen.Version}\"");
        Assert.Equal(HttpStatusCode.OK, (await unit.SendAsync(edit)).StatusCode);
        await _flow.Submit(unit, draft.Id);

        var second = await _flow.Claim(reviewer, draft.Id, submission: 2);
        Assert.NotEqual(Guid.Empty, second.Id);
        var approve = await _flow.Act(reviewer, draft.Id, "review/approve");
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var approved = await Forms.Read<Evaluation>(approve);
        Assert.Equal(EvaluationStatus.Approved, approved.Status);
        Assert.Equal(98.00m, approved.FinalTotal);
        Assert.Equal("优", approved.FinalGrade);
        Assert.Empty(approved.Adjustments);

        var tasks = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Done"));
        Assert.Equal(["Approved", "RevisionRequested"],
            tasks.Items.Where(t => t.EvaluationId == draft.Id).Select(t => t.Outcome).Order());

        await Eventually.Until(async () =>
        {
            var kinds = (await _flow.Notifications(unit)).Where(n => n.EvaluationId == draft.Id).Select(n => n.Kind).ToList();
            return kinds.Contains("review-revisionrequested") && kinds.Contains("review-approved");
        }, "the unit's notifications");
        await Eventually.Until(async () =>
            (await _flow.Notifications(reviewer)).Count(n => n.EvaluationId == draft.Id && n.Kind == "review-task-opened") == 2,
            "the reviewers' notifications of both tasks");
    }

    [Fact]
    public async Task Rejected_form_is_closed_and_the_unit_is_told_why()
    {
        var (_, unit, reviewer, form) = await _flow.InReview();

        var reject = await _flow.Act(reviewer, form.Id, "review/reject", new { reason = "项目资金用途不符" });

        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        var rejected = await Forms.Read<Evaluation>(reject);
        Assert.Equal(EvaluationStatus.Rejected, rejected.Status);
        Assert.Equal("项目资金用途不符", rejected.RejectionReason);
        Assert.Equal(HttpStatusCode.Conflict, (await unit.SendAsync(Forms.Post($"/api/evaluations/{form.Id}/submit"))).StatusCode);
        await Eventually.Until(async () =>
            (await _flow.Notifications(unit)).Any(n => n.EvaluationId == form.Id && n.Kind == "review-rejected"),
            "the rejection notification");
    }

    [Fact]
    public async Task Manager_publishes_an_approved_form_and_reopens_it_with_a_reason()
    {
        var (_, unit, reviewer, form) = await _flow.InReview();
        var manager = await platform.ClientFor(TestUser.Manager());
        Assert.Equal(HttpStatusCode.Conflict, (await _flow.Act(manager, form.Id, "publish")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, form.Id, "review/approve")).StatusCode);

        var publish = await _flow.Act(manager, form.Id, "publish");
        Assert.Equal(EvaluationStatus.Published, (await Forms.Read<Evaluation>(publish)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await _flow.Act(manager, form.Id, "reopen", new { reason = "" })).StatusCode);
        var reopen = await _flow.Act(manager, form.Id, "reopen", new { reason = "审计发现执行数有误" });

        var reopened = await Forms.Read<Evaluation>(reopen);
        Assert.Equal(EvaluationStatus.RevisionRequested, reopened.Status);
        Assert.Null(reopened.FinalTotal);
        Assert.Equal(["审计发现执行数有误"], reopened.RevisionReasons);
        Assert.Equal(HttpStatusCode.OK, (await unit.PutAsJsonAsync($"/api/evaluations/{form.Id}", Forms.Sample(), Forms.Json)).StatusCode);
    }

    [Fact]
    public async Task Two_reviewers_racing_for_a_task_exactly_one_wins()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        await _flow.Submit(unit, draft.Id);
        var reviewers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => platform.ClientFor(TestUser.Reviewer(org.DepartmentId))));
        var task = await _flow.WaitForTask(reviewers[0], draft.Id);

        var responses = await Task.WhenAll(reviewers.Select(r => r.PostAsync($"/api/review-tasks/{task.Id}/claim", null)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var winner = reviewers[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var loser = reviewers[Array.FindIndex(responses, r => r.StatusCode != HttpStatusCode.OK)];
        Assert.Equal(HttpStatusCode.Forbidden, (await _flow.Act(loser, draft.Id, "review/approve")).StatusCode);

        // Release returns the task to the pool, and another reviewer may claim it.
        Assert.Equal(HttpStatusCode.OK, (await winner.PostAsync($"/api/review-tasks/{task.Id}/release", null)).StatusCode);
        var open = await Forms.Read<PagedList<ReviewTask>>(await loser.GetAsync("/api/review-tasks?status=Open"));
        Assert.Contains(open.Items, t => t.Id == task.Id);
        Assert.Equal(HttpStatusCode.OK, (await loser.PostAsync($"/api/review-tasks/{task.Id}/claim", null)).StatusCode);
        var mine = await Forms.Read<PagedList<ReviewTask>>(await loser.GetAsync("/api/review-tasks?assignee=me"));
        Assert.Equal(task.Id, Assert.Single(mine.Items).Id);
    }

    [Fact]
    public async Task A_reviewer_never_reviews_a_form_of_their_own_unit()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        await _flow.Submit(unit, draft.Id);
        var colleague = await platform.ClientFor(
            new TestUser("colleague-" + org.UnitId, "Colleague", ["reviewer"], org.UnitId, [org.DepartmentId]));
        var task = await _flow.WaitForTask(colleague, draft.Id);

        var claim = await colleague.PostAsync($"/api/review-tasks/{task.Id}/claim", null);

        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.Equal("review.own_unit", (await claim.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())
            .GetProperty("code").GetString());
    }

    [Fact]
    public async Task Adjustment_needs_a_reason_and_a_score_within_the_weight()
    {
        var (_, _, reviewer, form) = await _flow.InReview();

        var noReason = await _flow.Act(reviewer, form.Id, "review/adjustments",
            new { target = "execution", score = 9m, reason = " " });
        var tooHigh = await _flow.Act(reviewer, form.Id, "review/adjustments",
            new { target = "indicator", indicatorIndex = 2, score = 11m, reason = "x" });
        var noSuchRow = await _flow.Act(reviewer, form.Id, "review/adjustments",
            new { target = "indicator", indicatorIndex = 99, score = 1m, reason = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSuchRow.StatusCode);
        Assert.Empty((await _flow.Read(reviewer, form.Id)).Adjustments);
    }
}
