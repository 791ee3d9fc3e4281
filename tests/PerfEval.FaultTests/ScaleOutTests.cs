using PerfEval.FaultTests.Infrastructure;

namespace PerfEval.FaultTests;

[Collection(FaultCollection.Name)]
public sealed class ScaleOutTests(FaultFixture servers)
{
    private const string Intake = "Consumed message";
    private const string Forwarded = "Forwarded ";

    [Fact]
    public async Task Two_workers_share_the_work_without_duplicates_under_one_daemon_leader()
    {
        await using var scenario = new Scenario(servers);
        await scenario.StartApiAsync();
        var a = await scenario.StartWorkerAsync("worker-a", "HotCold", consumersAfter: 1);
        var b = await scenario.StartWorkerAsync("worker-b", "HotCold", consumersAfter: 2);
        var leadership = new DaemonLeadership(scenario);

        var before = await leadership.WaitForOneLeaderAsync();
        var leader = before.Holders.Single();
        Assert.Contains(leader, new[] { a.Name, b.Name });

        using var unit = await scenario.UnitClient();
        var forms = await scenario.SubmitFormsAsync(unit, 200);
        var counts = await new Ledger(scenario).WaitUntilAllOnceAsync(forms, TimeSpan.FromSeconds(180));
        Assert.True(counts.AllOnce(forms), counts.Describe(forms));
        Assert.Equal(forms.Count, counts.Tasks.Count);

        // Both took in submissions, and together each exactly once.
        var byA = TakenIn(a);
        var byB = TakenIn(b);
        Assert.True(byA > 0 && byB > 0, $"worker-a took in {byA} submissions, worker-b {byB}: the work was not shared.");
        Assert.Equal(forms.Count, byA + byB);

        // Only the leader forwarded events to the bus, and it still leads alone.
        var (leaderProcess, cold) = leader == a.Name ? (a, b) : (b, a);
        Assert.True(leaderProcess.CountLines(Forwarded) >= forms.Count * 2,
            $"{leader} forwarded {leaderProcess.CountLines(Forwarded)} events");
        Assert.Equal(0, cold.CountLines(Forwarded));
        var after = await leadership.ReadAsync();
        Assert.True(after.HasOneLeader && after.Holders.Single() == leader, after.ToString());
        Assert.True(after.Shards.Count >= 2 && after.Locks.Count == after.Shards.Count, after.ToString());
    }

    [Fact]
    public async Task When_the_leader_dies_the_other_worker_takes_over_the_daemon()
    {
        await using var scenario = new Scenario(servers);
        await scenario.StartApiAsync();
        var a = await scenario.StartWorkerAsync("worker-a", "HotCold", consumersAfter: 1);
        var b = await scenario.StartWorkerAsync("worker-b", "HotCold", consumersAfter: 2);
        var leadership = new DaemonLeadership(scenario);

        var before = await leadership.WaitForOneLeaderAsync();
        var (leader, follower) = before.Holders.Single() == a.Name ? (a, b) : (b, a);

        await leader.KillAsync();
        // The follower takes every lock the leader held (each shard's lock on its own, so wait for all of them).
        await leadership.WaitForOneLeaderAsync(s => s.Holders.Single() == follower.Name && s.Locks.Count == before.Locks.Count);

        // The new leader forwards: forms submitted now are taken in and notified exactly once.
        using var unit = await scenario.UnitClient();
        var forms = await scenario.SubmitFormsAsync(unit, 20);
        var counts = await new Ledger(scenario).WaitUntilAllOnceAsync(forms, TimeSpan.FromSeconds(120));
        Assert.True(counts.AllOnce(forms), counts.Describe(forms));
        Assert.True(follower.CountLines(Forwarded) >= forms.Count * 2, Scenario.Tail(follower));
    }

    private static int TakenIn(WorkerProcess worker) =>
        worker.Lines.Count(l => l.Contains(Intake, StringComparison.Ordinal) &&
                                l.Contains("(EvaluationSubmittedV1)", StringComparison.Ordinal));
}
