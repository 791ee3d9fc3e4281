using System.Collections.Concurrent;
using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>
/// Watches open review queues at a short fixed interval with one reviewer's token, marks tasks of tracked submissions
/// as seen, and has the reviewer of each task's department claim and approve it (in the background, so the next poll
/// is not held up). Either a department's own reviewer watching its queue, or one reviewer of every department
/// watching all the queues while the departments' reviewers act (<see cref="DriverOptions.OneWatcher"/>). Without
/// <paramref name="approveClaimed"/> a claimed task is left claimed: the review's cost without its last step.
/// </summary>
public sealed class ReviewerDesk(LoadClient client, string watcherToken, IReadOnlyDictionary<string, Reviewer> reviewers,
    SubmitMetrics metrics, ConcurrentDictionary<Guid, SubmissionTrack> tracked, TimeSpan pollInterval, bool approveClaimed)
{
    private readonly ConcurrentDictionary<Guid, byte> _handled = new();
    private readonly List<Task> _reviews = [];

    public async Task WatchAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(pollInterval);
        try
        {
            do
            {
                await PollOnceAsync(stop);
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The scenario is over.
        }

        await Task.WhenAll(_reviews);
    }

    private async Task PollOnceAsync(CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var answer = await client.SendAsync(HttpMethod.Get, "/api/review-tasks?status=Open&pageSize=200", watcherToken, null, ct);
        if (!answer.IsSuccess)
        {
            metrics.Poll.Error();
            return;
        }

        metrics.Poll.Record(start, answer.ReceivedAt);
        foreach (var task in answer.Json().GetProperty("items").EnumerateArray())
        {
            var evaluationId = task.GetProperty("evaluationId").GetGuid();
            if (!tracked.TryGetValue(evaluationId, out var track))
            {
                continue;
            }

            if (track.Seen(answer.ReceivedAt) is { } interval)
            {
                metrics.Visible.Record(0, interval);
            }

            var taskId = task.GetProperty("id").GetGuid();
            if (_handled.TryAdd(taskId, 0) && reviewers.TryGetValue(task.GetProperty("departmentId").GetString()!, out var reviewer))
            {
                _reviews.Add(ReviewAsync(reviewer, taskId, evaluationId, CancellationToken.None));
            }
        }
    }

    private async Task ReviewAsync(Reviewer reviewer, Guid taskId, Guid evaluationId, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var claim = await client.SendAsync(HttpMethod.Post, $"/api/review-tasks/{taskId}/claim", reviewer.Token, null, ct);
        if (!claim.IsSuccess)
        {
            metrics.Claim.Error();
            return;
        }

        metrics.Claim.Record(start, claim.ReceivedAt);
        if (!approveClaimed)
        {
            return;
        }

        start = Stopwatch.GetTimestamp();
        var approve = await client.SendAsync(HttpMethod.Post, $"/api/evaluations/{evaluationId}/review/approve", reviewer.Token, null, ct);
        if (!approve.IsSuccess)
        {
            metrics.Approve.Error();
            return;
        }

        metrics.Approve.Record(start, approve.ReceivedAt);
    }
}

/// <summary>The recorders of the submit scenario.</summary>
public sealed class SubmitMetrics
{
    public LatencyRecorder Submit { get; } = new("submit");
    public LatencyRecorder Visible { get; } = new("submit answer → task visible");
    public LatencyRecorder Poll { get; } = new("review queue poll");
    public LatencyRecorder Claim { get; } = new("claim task");
    public LatencyRecorder Approve { get; } = new("approve");

    /// <summary>Submissions whose task was not visible within the bounded wait after the last submit.</summary>
    public int Missing { get; set; }

    public IReadOnlyList<LatencyRecorder> All => [Submit, Visible, Poll, Claim, Approve];
}
