using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>
/// Many users reading at once (closed loop, no think time): each alternates between one of its unit's forms
/// (GET /api/evaluations/{id}) and the first page of its unit's list (GET /api/evaluations?pageSize=20).
/// </summary>
public static class ReadScenario
{
    public static async Task<(LatencyRecorder Get, LatencyRecorder List)> RunAsync(
        LoadClient client, Population people, int users, TimeSpan duration, CancellationToken ct)
    {
        var get = new LatencyRecorder("GET evaluation by id");
        var list = new LatencyRecorder("GET evaluations list (page of 20)");
        var ids = people.Units.Select(u => u.Drafts.Select(d => d.Id).ToArray()).ToArray();
        var calls = new long[users];
        await ClosedLoop.RunAsync(users, duration, async (user, token) =>
        {
            var unitIndex = user % people.Units.Count;
            var unit = people.Units[unitIndex];
            var n = calls[user]++;
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
