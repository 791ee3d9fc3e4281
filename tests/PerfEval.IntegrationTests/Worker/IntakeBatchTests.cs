using System.Net;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Worker;

/// <summary>The submission intake takes messages in batches and commits a batch at once; each form stays its own.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IntakeBatchTests(PlatformFixture platform)
{
    [Fact]
    public async Task Forms_submitted_together_each_get_one_scorecard_and_one_task_with_their_own_correlation()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var drafts = new List<(Guid Id, string ETag)>();
        for (var i = 0; i < 6; i++)
        {
            var (draft, etag) = await Forms.CreateDraft(unit);
            drafts.Add((draft.Id, etag));
        }

        // Submitted at once, so that the intake sees them within one batch's time limit.
        var correlations = drafts.ToDictionary(d => d.Id, _ => "corr-" + Guid.NewGuid().ToString("N"));
        var answers = await Task.WhenAll(drafts.Select(d =>
        {
            var request = Forms.Post($"/api/evaluations/{d.Id}/submit", d.ETag);
            request.Headers.Add("X-Correlation-Id", correlations[d.Id]);
            return unit.SendAsync(request);
        }));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        var flow = new FormFlow(platform);
        foreach (var (id, _) in drafts)
        {
            await flow.WaitForTask(reviewer, id);
        }

        var store = platform.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession();
        foreach (var (id, _) in drafts)
        {
            var stream = await query.Events.FetchStreamAsync(id);
            var submitted = stream.Single(e => e.Data is EvaluationSubmitted);
            var scored = stream.Single(e => e.Data is EvaluationScored);
            var opened = stream.Single(e => e.Data is ReviewTaskOpened);
            Assert.Equal(correlations[id], scored.CorrelationId);
            Assert.Equal(correlations[id], opened.CorrelationId);
            Assert.Equal(submitted.Id.ToString(), opened.CausationId);
            Assert.Equal(Actor.System.Id, opened.UserName);
            var form = await query.LoadAsync<Evaluation>(id);
            Assert.Equal(1, form!.ScoredSubmission);
            Assert.Equal(opened.Version, form.Version);
        }
    }

    [Fact]
    public async Task The_same_submission_delivered_several_times_at_once_opens_one_task()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, etag) = await Forms.CreateDraft(unit);
        var submit = await unit.SendAsync(Forms.Post($"/api/evaluations/{draft.Id}/submit", etag));
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);

        // Copies of the submission published right behind the forwarder's own, so that they can meet it in a batch.
        var copies = Enumerable.Range(0, 3).Select(_ => NewId.NextGuid()).ToArray();
        await new FormFlow(platform).PublishSubmissionAgain(draft.Id, copies);

        await Eventually.Until(
            () => Task.FromResult(copies.All(id => platform.Consumed.Count(id) > 0)), "the copies to be consumed");
        await new FormFlow(platform).WaitForTask(reviewer, draft.Id);

        await using var after = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stream = await after.Events.FetchStreamAsync(draft.Id);
        Assert.Single(stream, e => e.Data is EvaluationScored);
        Assert.Single(stream, e => e.Data is ReviewTaskOpened);
        var tasks = await Forms.Read<PagedList<Domain.Evaluations.Review.ReviewTask>>(await reviewer.GetAsync("/api/review-tasks"));
        Assert.Single(tasks.Items, t => t.EvaluationId == draft.Id);
    }
}
