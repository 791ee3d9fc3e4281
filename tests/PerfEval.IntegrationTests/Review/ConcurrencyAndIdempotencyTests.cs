using System.Net;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Worker.Jobs;

namespace PerfEval.IntegrationTests.Review;

/// <summary>Stale versions, repeated Idempotency-Keys and redelivered messages never make a second event or notification.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConcurrencyAndIdempotencyTests(PlatformFixture platform)
{
    private readonly FormFlow _flow = new(platform);

    [Fact]
    public async Task Review_action_with_a_stale_If_Match_is_412()
    {
        var (_, _, reviewer, form) = await _flow.InReview();
        var stale = $"\"{form.Version - 1}\"";

        var request = Forms.Post($"/api/evaluations/{form.Id}/review/approve", stale, new { });
        var response = await reviewer.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(EvaluationStatus.InReview, (await _flow.Read(reviewer, form.Id)).Status);
    }

    [Fact]
    public async Task Repeated_Idempotency_Key_on_submit_returns_the_first_answer_without_a_second_event()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        var key = Guid.NewGuid().ToString();

        var first = await SubmitWithKey(unit, draft.Id, key);
        var second = await SubmitWithKey(unit, draft.Id, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(draft.Id);
        Assert.Single(events, e => e.Data is EvaluationSubmitted);

        // Without the key, a second submit is refused: the form is already submitted.
        Assert.Equal(HttpStatusCode.Conflict, (await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit"))).StatusCode);
    }

    /// <summary>
    /// The requests that lose the race to append fail on the stream's version (with If-Match, on the version they
    /// were right to send); the key still decides their answer: the first request's, never 412.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Same_Idempotency_Key_sent_concurrently_appends_once_and_every_request_gets_the_first_answer(bool withIfMatch)
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, etag) = await Forms.CreateDraft(unit);
        var key = "submit-" + Guid.NewGuid().ToString("N");

        async Task<(HttpStatusCode Status, string Body, string? ETag)> Submit()
        {
            var request = Forms.Post($"/api/evaluations/{draft.Id}/submit", withIfMatch ? etag : null);
            request.Headers.Add("Idempotency-Key", key);
            var response = await unit.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(Submit)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.All(answers, a => Assert.Equal("\"2\"", a.ETag));
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(draft.Id), e => e.Data is EvaluationSubmitted);
    }

    [Fact]
    public async Task Same_Idempotency_Key_and_If_Match_on_a_review_action_sent_concurrently_get_the_first_answer()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);
        await _flow.Submit(unit, draft.Id);
        var task = await _flow.WaitForTask(reviewer, draft.Id);
        var version = (await _flow.WaitForScore(reviewer, draft.Id)).Version;
        var key = "claim-" + Guid.NewGuid().ToString("N");

        async Task<HttpStatusCode> Claim()
        {
            var request = Forms.Post($"/api/review-tasks/{task.Id}/claim", $"\"{version}\"");
            request.Headers.Add("Idempotency-Key", key);
            return (await reviewer.SendAsync(request)).StatusCode;
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(Claim)));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        await using var session = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(draft.Id), e => e.Data is ReviewTaskClaimed);
    }

    [Fact]
    public async Task A_refused_request_under_a_key_keeps_no_answer_and_its_repeat_is_decided_again()
    {
        var (_, _, reviewer, form) = await _flow.InReview();
        var key = "approve-" + Guid.NewGuid().ToString("N");

        async Task<HttpResponseMessage> ApproveWithKey(string? ifMatch)
        {
            var request = Forms.Post($"/api/evaluations/{form.Id}/review/approve", body: new { });
            request.Headers.Add("Idempotency-Key", key);
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }

            return await reviewer.SendAsync(request);
        }

        var stale = await ApproveWithKey("\"1\"");
        var retried = await ApproveWithKey(null);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(EvaluationStatus.Approved, (await _flow.Read(reviewer, form.Id)).Status);
    }

    [Fact]
    public async Task Repeated_Idempotency_Key_on_approve_appends_one_approval()
    {
        var (_, _, reviewer, form) = await _flow.InReview();
        var key = "approve-" + Guid.NewGuid().ToString("N");

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            var request = Forms.Post($"/api/evaluations/{form.Id}/review/approve", body: new { });
            request.Headers.Add("Idempotency-Key", key);
            responses.Add(await reviewer.SendAsync(request));
        }

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(form.Id), e => e.Data is EvaluationApproved);
    }

    [Fact]
    public async Task Idempotency_Key_reused_with_another_body_is_refused_and_appends_nothing()
    {
        var (_, _, reviewer, form) = await _flow.InReview();
        var key = "comment-" + Guid.NewGuid().ToString("N");

        async Task<HttpResponseMessage> CommentWithKey(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/evaluations/{form.Id}/review/comments")
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", key);
            return await reviewer.SendAsync(request);
        }

        var first = await CommentWithKey("""{"text":"请补充满意度调查样本量"}""");
        // The same request again, formatted differently: the first answer.
        var repeat = await CommentWithKey("""{ "indicatorIndex": null,  "text": "请补充满意度调查样本量" }""");
        var other = await CommentWithKey("""{"text":"另一条意见"}""");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        await BadInput.ProblemAssert.IsProblem(other, "a reused key with another body", 422);
        Assert.Contains("idempotency.key_reused", await other.Content.ReadAsStringAsync());
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var comments = (await session.Events.FetchStreamAsync(form.Id)).Where(e => e.Data is ReviewCommentAdded).ToList();
        Assert.Single(comments);
    }

    [Fact]
    public async Task An_answer_older_than_the_retention_is_forgotten_and_a_repeat_of_its_key_is_decided_again()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);
        var key = "submit-" + Guid.NewGuid().ToString("N");

        IdempotencyRecordsPurgeJob PurgeAt(DateTimeOffset now) =>
            ActivatorUtilities.CreateInstance<IdempotencyRecordsPurgeJob>(platform.Services, (TimeProvider)new FakeTimeProvider(now));

        Assert.Equal(HttpStatusCode.OK, (await SubmitWithKey(unit, draft.Id, key)).StatusCode);

        // Within the day the answer is kept.
        await PurgeAt(DateTimeOffset.UtcNow.AddHours(23)).RunAsync(CancellationToken.None);
        var kept = await SubmitWithKey(unit, draft.Id, key);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal("true", kept.Headers.GetValues("Idempotent-Replayed").Single());

        // A day later it is gone: the repeat is decided again, and the form is already submitted.
        Assert.True(await PurgeAt(DateTimeOffset.UtcNow.AddHours(25)).RunAsync(CancellationToken.None) >= 1);
        var decided = await SubmitWithKey(unit, draft.Id, key);
        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
        Assert.False(decided.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Redelivered_task_opened_message_writes_no_second_notification()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);
        await _flow.Submit(unit, draft.Id);
        var task = await _flow.WaitForTask(reviewer, draft.Id);
        await Eventually.Until(async () =>
            (await _flow.Notifications(reviewer)).Any(n => n.EvaluationId == draft.Id), "the first notification");

        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession();
        var opened = (await query.Events.FetchStreamAsync(draft.Id)).Single(e => e.Data is ReviewTaskOpened);
        var redelivery = NewId.NextGuid();
        await platform.Services.GetRequiredService<IBus>().Publish(new ReviewTaskOpenedV1
        {
            EventId = opened.Id,
            TaskId = task.Id,
            EvaluationId = draft.Id,
            StreamVersion = opened.Version,
            Submission = 1,
            UnitId = org.UnitId,
            DepartmentId = org.DepartmentId,
            FiscalYear = 2024,
            ProjectName = task.ProjectName,
            OccurredAt = opened.Timestamp,
        }, ctx => ctx.MessageId = redelivery);
        await Eventually.Until(() => Task.FromResult(platform.Consumed.Count(redelivery) > 0), "the redelivery to be consumed");

        Assert.Single(await _flow.Notifications(reviewer), n => n.EvaluationId == draft.Id);
    }

    [Fact]
    public async Task The_same_outcome_twice_in_one_batch_writes_one_notification()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var message = new ReviewOutcomeV1
        {
            EventId = Guid.NewGuid(),
            EvaluationId = Guid.NewGuid(),
            StreamVersion = 5,
            Outcome = ReviewOutcome.Approved,
            UnitId = org.UnitId,
            DepartmentId = org.DepartmentId,
            FiscalYear = 2024,
            ProjectName = "工会会员卡项目",
            Reasons = [],
            FinalTotal = 95m,
            FinalGrade = "优",
            OccurredAt = DateTimeOffset.UtcNow,
        };
        var deliveries = new[] { NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid() };

        var bus = platform.Services.GetRequiredService<IBus>();
        await Task.WhenAll(deliveries.Select(id => bus.Publish(message, ctx => ctx.MessageId = id)));
        await Eventually.Until(
            () => Task.FromResult(deliveries.All(id => platform.Consumed.Count(id) > 0)), "every delivery to be consumed");

        Assert.Single(await _flow.Notifications(unit), n => n.EvaluationId == message.EvaluationId);
    }

    [Fact]
    public async Task Notifications_can_be_filtered_unread_and_marked_read_by_their_own_audience_only()
    {
        var (org, unit, reviewer, form) = await _flow.InReview();
        Assert.Equal(HttpStatusCode.OK, (await _flow.Act(reviewer, form.Id, "review/reject", new { reason = "不符合" })).StatusCode);
        var notification = await Eventually.Value(async () =>
            (await _flow.Notifications(unit, unread: true)).FirstOrDefault(n => n.EvaluationId == form.Id),
            "the unit's notification");

        var stranger = await platform.ClientFor(TestOrg.New().Submitter);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/notifications/{notification.Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PostAsync($"/api/notifications/{notification.Id}/read", null)).StatusCode);

        Assert.DoesNotContain(await _flow.Notifications(unit, unread: true), n => n.Id == notification.Id);
        Assert.True((await _flow.Notifications(unit)).Single(n => n.Id == notification.Id).Read);
        Assert.Equal(org.UnitId, form.UnitId);
    }

    private static Task<HttpResponseMessage> SubmitWithKey(HttpClient unit, Guid evaluationId, string key)
    {
        var request = Forms.Post($"/api/evaluations/{evaluationId}/submit");
        request.Headers.Add("Idempotency-Key", key);
        return unit.SendAsync(request);
    }
}
