using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>
/// Many users reading at once: each alternates between one of its unit's forms (GET /api/evaluations/{id}) and the
/// first page of its unit's list (GET /api/evaluations?pageSize=20). Without think time each user sends its next
/// request as soon as the answer is in (closed loop: the stress figure, bounded by the machine's throughput); with a
/// think time each user pauses that long after every answer, as people reading forms do, and starts at a random
/// point within the first pause so that the users do not move in step.
/// </summary>
public static class ReadScenario
{
    public static async Task<(LatencyRecorder Get, LatencyRecorder List)> RunAsync(
        LoadClient client, Population people, int users, TimeSpan duration, TimeSpan think, CancellationToken ct)
    {
        var pace = think > TimeSpan.Zero ? $", {think.TotalMilliseconds:F0} ms think time" : "";
        var get = new LatencyRecorder($"GET evaluation by id{pace}");
        var list = new LatencyRecorder($"GET evaluations list (page of 20){pace}");
        var ids = people.Units.Select(u => u.Drafts.Select(d => d.Id).ToArray()).ToArray();
        var calls = new long[users];
        await ClosedLoop.RunAsync(users, duration, async (user, token) =>
        {
            var unitIndex = user % people.Units.Count;
            var unit = people.Units[unitIndex];
            var n = calls[user]++;
            if (think > TimeSpan.Zero)
            {
                await Task.Delay(n == 0 ? Random.Shared.NextDouble() * think : think, token);
            }

            var start = Stopwatch.GetTimestamp();
            var byId = n % 2 == 0 && ids[unitIndex].Length > 0;
            var path = byId
                ? $"/api/evaluations/{ids[unitIndex][Random.Shared.Next(ids[unitIndex].Length)]}"
                : "/api/evaluations?pageSize=20";
            var recorder = byId ? get : list;
            var answer = await client.SendAsync(HttpMethod.Get, path, unit.Token, null, token);
            if (answer.IsSuccess)
            {
                recorder.Record(start, answer.ReceivedAt);
            }
            else
            {
                recorder.Error();
            }
        }, [get, list], ct);
        return (get, list);
    }
}
