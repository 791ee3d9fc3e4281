using System.Collections.Concurrent;
using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>
/// Submissions at a fixed rate (open loop: the schedule does not wait for answers, so a slow server cannot slow the
/// offered load down), while each department's reviewer watches the queue and claims (and approves, unless
/// <see cref="DriverOptions.Approve"/> is off) what appears.
/// Submit latency counts from the scheduled send time, so queueing in the driver is not hidden.
/// </summary>
public static class SubmitScenario
{
    public static async Task<SubmitMetrics> RunAsync(
        LoadClient client, Population people, int rate, TimeSpan duration, DriverOptions options, CancellationToken ct)
    {
        var pollInterval = TimeSpan.FromMilliseconds(options.PollMilliseconds);
        var metrics = new SubmitMetrics();
        var total = (int)(rate * duration.TotalSeconds);
        var drafts = TakeDrafts(people, total);
        var tracked = new ConcurrentDictionary<Guid, SubmissionTrack>();

        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var desks = (options.OneWatcher
                ? [new ReviewerDesk(client, people.WatcherToken, people.Reviewers.ToDictionary(r => r.DepartmentId), metrics, tracked, pollInterval, options.Approve)]
                : people.Reviewers.Select(r => new ReviewerDesk(
                    client, r.Token, new Dictionary<string, Reviewer> { [r.DepartmentId] = r }, metrics, tracked, pollInterval, options.Approve)))
            .Select(desk => desk.WatchAsync(stopWatching.Token))
            .ToList();

        var started = Stopwatch.GetTimestamp();
        var sends = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = started + (long)(i * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }

            var track = new SubmissionTrack(drafts[i].Unit, drafts[i].Draft);
            tracked[track.Draft.Id] = track;
            sends.Add(SubmitAsync(client, track, due, metrics, ct));
        }

        await Task.WhenAll(sends);
        metrics.Submit.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        // Bounded wait for the last tasks to appear; what never appears is reported as missing.
        var deadline = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
        while (tracked.Values.Any(t => !t.Visible) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(50, ct);
        }

        metrics.Missing = tracked.Values.Count(t => !t.Visible);
        await stopWatching.CancelAsync();
        await Task.WhenAll(desks);
        foreach (var recorder in metrics.All.Where(r => r != metrics.Submit))
        {
            recorder.Seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        return metrics;
    }

    private static async Task SubmitAsync(
        LoadClient client, SubmissionTrack track, long due, SubmitMetrics metrics, CancellationToken ct)
    {
        var answer = await client.SendAsync(
            HttpMethod.Post, $"/api/evaluations/{track.Draft.Id}/submit", track.Unit.Token, null, ct, headers =>
            {
                headers.TryAddWithoutValidation("If-Match", track.Draft.ETag);
                headers.Add("Idempotency-Key", $"submit-{track.Draft.Id}");
            });
        if (!answer.IsSuccess)
        {
            metrics.Submit.Error();
            return;
        }

        metrics.Submit.Record(due, answer.ReceivedAt);
        if (track.Answered(answer.ReceivedAt) is { } interval)
        {
            metrics.Visible.Record(0, interval);
        }
    }

    /// <summary>Drafts spread over the units round-robin, so submissions come from every unit and department.</summary>
    private static List<(Unit Unit, Draft Draft)> TakeDrafts(Population people, int total)
    {
        var taken = new List<(Unit, Draft)>(total);
        while (taken.Count < total)
        {
            var before = taken.Count;
            foreach (var unit in people.Units)
            {
                if (taken.Count < total && unit.Drafts.TryDequeue(out var draft))
                {
                    taken.Add((unit, draft));
                }
            }

            if (taken.Count == before)
            {
                throw new InvalidOperationException($"only {taken.Count} drafts for {total} submissions");
            }
        }

        return taken;
    }
}
