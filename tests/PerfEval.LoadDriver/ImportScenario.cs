using System.Diagnostics;

namespace PerfEval.LoadDriver;

/// <summary>
/// Bulk import: every unit sends multi-form PDF-text files back to back (POST /api/evaluations/import), or single
/// JSON drafts (POST /api/evaluations). Throughput counts forms committed, from the 201 answers.
/// </summary>
public static class ImportScenario
{
    public static async Task<LatencyRecorder> ImportFilesAsync(
        LoadClient client, Population people, SampleForms forms, TimeSpan duration, CancellationToken ct)
    {
        var recorder = new LatencyRecorder($"import file ({forms.FormsPerFile} forms)");
        await ClosedLoop.RunAsync(people.Units.Count, duration, async (worker, token) =>
        {
            var unit = people.Units[worker];
            var start = Stopwatch.GetTimestamp();
            var answer = await client.SendAsync(HttpMethod.Post, "/api/evaluations/import", unit.Token, forms.ImportContent(), token);
            if (!answer.IsSuccess)
            {
                recorder.Error();
                return;
            }

            var created = answer.Json().GetProperty("created");
            foreach (var form in created.EnumerateArray())
            {
                unit.Drafts.Enqueue(new Draft(form.GetProperty("id").GetGuid(), form.GetProperty("eTag").GetString()!));
            }

            recorder.Record(start, answer.ReceivedAt, created.GetArrayLength());
        }, [recorder], ct);
        return recorder;
    }

    public static async Task<LatencyRecorder> CreateDraftsAsync(
        LoadClient client, Population people, SampleForms forms, TimeSpan duration, CancellationToken ct)
    {
        var recorder = new LatencyRecorder("create draft (JSON)");
        await ClosedLoop.RunAsync(people.Units.Count, duration, async (worker, token) =>
        {
            var unit = people.Units[worker];
            var start = Stopwatch.GetTimestamp();
            var answer = await client.SendAsync(HttpMethod.Post, "/api/evaluations", unit.Token, forms.JsonContent(), token);
            if (!answer.IsSuccess)
            {
                recorder.Error();
                return;
            }

            var body = answer.Json();
            unit.Drafts.Enqueue(new Draft(body.GetProperty("id").GetGuid(), $"\"{body.GetProperty("version").GetInt64()}\""));
            recorder.Record(start, answer.ReceivedAt);
        }, [recorder], ct);
        return recorder;
    }

    /// <summary>Makes sure every unit has at least <paramref name="perUnit"/> drafts, importing files as needed.</summary>
    public static async Task EnsureDraftsAsync(
        LoadClient client, Population people, SampleForms forms, int perUnit, CancellationToken ct)
    {
        await Parallel.ForEachAsync(people.Units, ct, async (unit, token) =>
        {
            while (unit.Drafts.Count < perUnit)
            {
                var answer = await client.SendAsync(HttpMethod.Post, "/api/evaluations/import", unit.Token, forms.ImportContent(), token);
                if (!answer.IsSuccess)
                {
                    throw new InvalidOperationException($"import answered {(int)answer.Status}");
                }

                foreach (var form in answer.Json().GetProperty("created").EnumerateArray())
                {
                    unit.Drafts.Enqueue(new Draft(form.GetProperty("id").GetGuid(), form.GetProperty("eTag").GetString()!));
                }
            }
        });
    }
}
