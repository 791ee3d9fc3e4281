using System.Net;
using System.Net.Http.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Contracts.V1;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Worker.Forwarding;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>Steps of a form's life through the HTTP API, for tests that need a form in a given state.</summary>
public sealed class FormFlow(PlatformFixture platform)
{
    public async Task<Evaluation> Read(HttpClient client, Guid id) =>
        await Forms.Read<Evaluation>(await client.GetAsync($"/api/evaluations/{id}"));

    public async Task<Evaluation> Submit(HttpClient unit, Guid id)
    {
        var response = await unit.SendAsync(Forms.Post($"/api/evaluations/{id}/submit"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Forms.Read<Evaluation>(response);
    }

    /// <summary>Waits until the submission's review task is in the reviewer's queue.</summary>
    public Task<ReviewTask> WaitForTask(HttpClient reviewer, Guid evaluationId, int submission = 1) =>
        Eventually.Value(async () =>
        {
            var page = await Forms.Read<PagedList<ReviewTask>>(await reviewer.GetAsync("/api/review-tasks?pageSize=200"));
            return page.Items.SingleOrDefault(t => t.EvaluationId == evaluationId && t.Submission == submission);
        }, $"review task {submission} of {evaluationId}");

    /// <summary>Waits until the rule engine's scorecard of the latest submission is on the form.</summary>
    public Task<Evaluation> WaitForScore(HttpClient reader, Guid id) =>
        Eventually.Value(async () =>
        {
            var e = await Read(reader, id);
            return e.ScoredSubmission == e.Submissions && e.Scorecard is not null ? e : null;
        }, $"the scorecard of {id}");

    public async Task<ReviewTask> Claim(HttpClient reviewer, Guid evaluationId, int submission = 1)
    {
        var task = await WaitForTask(reviewer, evaluationId, submission);
        var response = await reviewer.PostAsync($"/api/review-tasks/{task.Id}/claim", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return task;
    }

    public async Task<HttpResponseMessage> Act(HttpClient client, Guid id, string action, object? body = null) =>
        await client.PostAsJsonAsync($"/api/evaluations/{id}/{action}", body ?? new { }, Forms.Json);

    /// <summary>A fresh form of a new org, drafted, submitted and claimed by the org's reviewer.</summary>
    public async Task<(TestOrg Org, HttpClient Unit, HttpClient Reviewer, Evaluation Form)> InReview()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var (draft, _) = await Forms.CreateDraft(unit);
        await Submit(unit, draft.Id);
        await Claim(reviewer, draft.Id);
        return (org, unit, reviewer, await Read(unit, draft.Id));
    }

    /// <summary>
    /// Publishes the form's submission again, as the forwarder built it, once per message id: what a broker's
    /// redelivery (or a repeated publish) hands the consumers.
    /// </summary>
    public async Task PublishSubmissionAgain(Guid evaluationId, IReadOnlyList<Guid> messageIds)
    {
        await using var query = platform.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var submitted = (await query.Events.FetchStreamAsync(evaluationId)).Single(e => e.Data is EvaluationSubmitted);
        var message = (EvaluationSubmittedV1)IntegrationEvents.ToContract(submitted, form: null)!;
        var bus = platform.Services.GetRequiredService<IBus>();
        await Task.WhenAll(messageIds.Select(id => bus.Publish(message, ctx => ctx.MessageId = id)));
    }

    /// <summary>The one notification of <paramref name="kind"/> about a form, once the worker has written it.</summary>
    public Task<NotificationItem> WaitForNotification(HttpClient client, Guid evaluationId, string kind) =>
        Eventually.Value(async () => (await Notifications(client)).SingleOrDefault(n => n.EvaluationId == evaluationId && n.Kind == kind),
            $"the {kind} notification");

    public async Task<IReadOnlyList<NotificationItem>> Notifications(HttpClient client, bool unread = false) =>
        (await Forms.Read<PagedList<NotificationItem>>(
            await client.GetAsync($"/api/notifications?pageSize=200{(unread ? "&unread=true" : "")}"))).Items;
}

public sealed record NotificationItem(
    Guid Id, string Kind, Guid? EvaluationId, string Title, string TitleEn, bool Read, string Document = "SelfEvaluation",
    string Body = "", string BodyEn = "");
