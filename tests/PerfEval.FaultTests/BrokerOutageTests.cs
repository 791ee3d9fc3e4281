using System.Diagnostics;
using PerfEval.FaultTests.Infrastructure;

namespace PerfEval.FaultTests;

[Collection(FaultCollection.Name)]
public sealed class BrokerOutageTests(FaultFixture servers)
{
    private const int Forms = 1_000;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Forms_submitted_while_RabbitMQ_is_down_are_all_taken_in_and_notified_exactly_once()
    {
        await using var scenario = new Scenario(servers);
        await scenario.StartApiAsync();
        var worker = await scenario.StartWorkerAsync("worker-outage");
        using var unit = await scenario.UnitClient();
        var ledger = new Ledger(scenario);

        // The path works before the fault.
        var before = await scenario.SubmitFormsAsync(unit, 5);
        Assert.True((await ledger.WaitUntilAllOnceAsync(before, TimeSpan.FromSeconds(60))).AllOnce(before));

        await servers.Rabbit.StopAsync();
        var down = Stopwatch.StartNew();
        IReadOnlyList<Guid> forms;
        try
        {
            forms = await scenario.SubmitFormsAsync(unit, Forms);

            // The broker stays away for the whole outage the scenario prescribes, however fast the submissions were.
            if (down.Elapsed < Outage)
            {
                await Task.Delay(Outage - down.Elapsed);
            }

            var duringOutage = await ledger.ReadAsync();
            Assert.Equal(0, forms.Count(f => duringOutage.Tasks.ContainsKey(f)));
            Assert.True(worker.CountLines("Could not publish") > 0,
                "The forwarder did not report failed publishes during the outage." + Scenario.Tail(worker));
        }
        finally
        {
            await servers.Rabbit.StartAgainAsync();
        }

        var counts = await ledger.WaitUntilAllOnceAsync(forms, TimeSpan.FromSeconds(240));
        Assert.Equal(Forms, forms.Distinct().Count());
        Assert.True(counts.AllOnce(forms), counts.Describe(forms));
        Assert.False(counts.AnyMoreThanOnce, counts.Describe([.. counts.Tasks.Keys]));
        Assert.Equal(Forms + before.Count, counts.Tasks.Count);
        Assert.False(worker.HasExited, "The worker stopped during the outage." + Scenario.Tail(worker));
    }
}
