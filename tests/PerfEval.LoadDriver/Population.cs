namespace PerfEval.LoadDriver;

/// <summary>
/// The simulated people: units (each in one department) and one reviewer per department. Names are unique to the
/// run so that repeated runs against the same database do not see each other's forms in their queues.
/// </summary>
public sealed class Population
{
    private Population(IReadOnlyList<Unit> units, IReadOnlyList<Reviewer> reviewers, string watcherToken)
    {
        Units = units;
        Reviewers = reviewers;
        WatcherToken = watcherToken;
    }

    public IReadOnlyList<Unit> Units { get; }
    public IReadOnlyList<Reviewer> Reviewers { get; }

    /// <summary>A reviewer of every department, who watches all their queues at once (the submit scenario's probe).</summary>
    public string WatcherToken { get; }

    public static async Task<Population> CreateAsync(LoadClient client, int units, int departments, CancellationToken ct)
    {
        // Unique per run, also for runs started within the same second by one script.
        var run = $"{DateTime.UtcNow:HHmmss}{Random.Shared.Next(1000):D3}";
        var reviewers = new List<Reviewer>();
        for (var d = 0; d < departments; d++)
        {
            var department = $"lt{run}-dept-{d}";
            var token = await client.TokenAsync(new
            {
                userId = $"lt{run}-reviewer-{d}",
                name = $"审核人{d}",
                roles = new[] { "reviewer" },
                departmentIds = new[] { department },
            }, ct);
            reviewers.Add(new Reviewer(department, token));
        }

        var watcher = await client.TokenAsync(new
        {
            userId = $"lt{run}-watcher",
            name = "审核组长",
            roles = new[] { "reviewer" },
            departmentIds = reviewers.Select(r => r.DepartmentId).ToArray(),
        }, ct);

        var list = new List<Unit>();
        for (var u = 0; u < units; u++)
        {
            var department = reviewers[u % departments].DepartmentId;
            var token = await client.TokenAsync(new
            {
                userId = $"lt{run}-unit-user-{u}",
                name = $"填报人{u}",
                roles = new[] { "unit" },
                unitId = $"lt{run}-unit-{u}",
                departmentIds = new[] { department },
            }, ct);
            list.Add(new Unit(u, department, token));
        }

        return new Population(list, reviewers, watcher);
    }
}

public sealed record Unit(int Index, string DepartmentId, string Token)
{
    /// <summary>Drafts this unit created in the run, with their ETags, for the later scenarios.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<Draft> Drafts { get; } = new();
}

public sealed record Reviewer(string DepartmentId, string Token);

public sealed record Draft(Guid Id, string ETag);
