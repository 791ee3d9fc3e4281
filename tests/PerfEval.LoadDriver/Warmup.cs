namespace PerfEval.LoadDriver;

/// <summary>A few calls of every kind before measuring, so the first figures are not the server's start-up.</summary>
public static class Warmup
{
    public static async Task RunAsync(LoadClient client, Population people, SampleForms forms, CancellationToken ct)
    {
        var unit = people.Units[0];
        for (var i = 0; i < 3; i++)
        {
            await client.SendAsync(HttpMethod.Post, "/api/evaluations/import", unit.Token, forms.ImportContent(), ct);
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct },
            async (i, token) =>
            {
                var answer = await client.SendAsync(HttpMethod.Post, "/api/evaluations", unit.Token, forms.JsonContent(), token);
                var id = answer.IsSuccess ? answer.Json().GetProperty("id").GetGuid() : Guid.Empty;
                await client.SendAsync(HttpMethod.Get, $"/api/evaluations/{id}", unit.Token, null, token);
                await client.SendAsync(HttpMethod.Get, "/api/evaluations?pageSize=20", unit.Token, null, token);
                await client.SendAsync(HttpMethod.Get, "/api/review-tasks?status=Open&pageSize=200", people.Reviewers[0].Token, null, token);
            });
    }
}
