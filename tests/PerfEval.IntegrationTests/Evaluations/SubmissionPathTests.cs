using System.Globalization;
using System.Net;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.EventStore;

namespace PerfEval.IntegrationTests.Evaluations;

/// <summary>One form from draft to the reviewer's queue, through HTTP, PostgreSQL and RabbitMQ.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SubmissionPathTests(PlatformFixture platform)
{
    [Fact]
    public async Task Submitted_form_appears_in_the_queue_of_its_departments_reviewer_only()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var otherReviewer = await platform.ClientFor(TestUser.Reviewer(TestOrg.New().DepartmentId));

        var (draft, etag) = await Forms.CreateDraft(unit);
        Assert.Equal(EvaluationStatus.Draft, draft.Status);
        Assert.Equal("\"1\"", etag);

        var submit = await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag));
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var submitted = await Forms.Read<Evaluation>(submit);
        Assert.Equal(EvaluationStatus.Submitted, submitted.Status);
        Assert.Equal("\"2\"", submit.Headers.ETag!.ToString());

        var task = await Eventually.Value(async () =>
        {
            var page = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?status=Open"));
            return page.Items.SingleOrDefault(t => t.EvaluationId == draft.Id);
        }, "the review task to be visible to the department's reviewer");

        Assert.Equal(org.UnitId, task.UnitId);
        Assert.Equal(org.DepartmentId, task.DepartmentId);
        Assert.Equal(1, task.Submission);
        Assert.Equal("灵活就业工作经费", task.ProjectName);
        Assert.Equal(ReviewTaskStatus.Open, task.Status);

        var others = await Forms.Read<PagedList<ReviewTask>>(await otherReviewer.GetAsync("/api/review-tasks"));
        Assert.DoesNotContain(others.Items, t => t.EvaluationId == draft.Id);
    }

    [Fact]
    public async Task Read_after_write_returns_the_snapshot_with_its_version_as_ETag()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);

        var read = await unit.GetAsync($"/api/evaluations/{draft.Id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag!.ToString());
        var evaluation = await Forms.Read<Evaluation>(read);
        Assert.Equal(Forms.Sample().Header, evaluation.Form.Header);
        Assert.Equal(8, evaluation.Form.Indicators.Count);
        Assert.Equal(org.UnitId, evaluation.UnitId);
    }

    [Fact]
    public async Task Events_carry_actor_time_and_the_requests_correlation_id_into_the_consumers_event()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var (draft, etag) = await Forms.CreateDraft(unit);
        var correlation = "corr-" + Guid.NewGuid().ToString("N");

        var submit = Forms.Post($"/api/evaluations/{draft.Id}/submit", etag);
        submit.Headers.Add("X-Correlation-Id", correlation);
        var response = await unit.SendAsync(submit);
        Assert.Equal(correlation, response.Headers.GetValues("X-Correlation-Id").Single());

        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var events = await Eventually.Value(async () =>
        {
            await using var session = store.QuerySession();
            var stream = await session.Events.FetchStreamAsync(draft.Id);
            return stream.Any(e => e.Data is ReviewTaskOpened) ? stream : null;
        }, "the review task event");

        var submitted = events.Single(e => e.Data is EvaluationSubmitted);
        Assert.Equal(correlation, submitted.CorrelationId);
        Assert.Equal(org.Submitter.Id, submitted.UserName);
        Assert.Equal(org.Submitter.Name, submitted.Headers![EventHeaders.ActorName]?.ToString());
        Assert.NotEqual(default, submitted.Timestamp);

        var opened = events.Single(e => e.Data is ReviewTaskOpened);
        Assert.Equal(correlation, opened.CorrelationId);
        Assert.Equal(submitted.Id.ToString(), opened.CausationId);
        Assert.Equal(Actor.System.Id, opened.UserName);

        // The stage stamps of the path, in order: the submission's append, the forwarder's send, the intake's start.
        var sentAt = DateTimeOffset.Parse(opened.Headers![EventHeaders.MessageSentAt]!.ToString()!, CultureInfo.InvariantCulture);
        var startedAt = DateTimeOffset.Parse(opened.Headers[EventHeaders.IntakeStartedAt]!.ToString()!, CultureInfo.InvariantCulture);
        Assert.InRange(sentAt, submitted.Timestamp.AddSeconds(-1), startedAt);
        Assert.InRange(startedAt, sentAt, opened.Timestamp.AddSeconds(1));
        Assert.False(submitted.Headers.ContainsKey(EventHeaders.IntakeStartedAt));
    }

    [Fact]
    public async Task Redelivered_submission_message_opens_no_second_task()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, etag) = await Forms.CreateDraft(unit);
        await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag));
        await Eventually.Until(async () =>
            (await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks")))
                .Items.Any(t => t.EvaluationId == draft.Id), "the first review task");

        // The broker redelivers the same submission (same event, new delivery), twice.
        var redeliveries = new[] { NewId.NextGuid(), NewId.NextGuid() };
        await new FormFlow(platform).PublishSubmissionAgain(draft.Id, redeliveries);

        await Eventually.Until(
            () => Task.FromResult(redeliveries.All(id => platform.Consumed.Count(id) > 0)),
            "the redelivered messages to be consumed");

        var tasks = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks"));
        Assert.Single(tasks.Items, t => t.EvaluationId == draft.Id);
        await using var after = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stream = await after.Events.FetchStreamAsync(draft.Id);
        Assert.Single(stream, e => e.Data is ReviewTaskOpened);
    }
}
