using PerfEval.FaultTests.Infrastructure;

namespace PerfEval.FaultTests;

[Collection(FaultCollection.Name)]
public sealed class WorkerCrashTests(FaultFixture servers)
{
    private const int Forms = 400;

    [Fact]
    public async Task Worker_killed_mid_consume_gets_its_messages_redelivered_and_nothing_is_duplicated()
    {
        await using var scenario = new Scenario(servers);
        await scenario.StartApiAsync();
        using var unit = await scenario.UnitClient();
        var ledger = new Ledger(scenario);

        // The submissions wait in the event store, so the worker starts with a backlog: the forwarder publishes pages
        // faster than the intake consumes them, and the consumer holds a prefetch of unacknowledged messages.
        var forms = await scenario.SubmitFormsAsync(unit, Forms);
        var first = await scenario.StartWorkerAsync("worker-1");

        var takenIn = 0;
        await Eventually.Until(async () => (takenIn = (await ledger.ReadAsync()).Tasks.Count) >= 10,
            "the first worker to take in ten submissions", TimeSpan.FromSeconds(90),
            async () => await scenario.DiagnoseAsync() + Scenario.Tail(first));
        await first.KillAsync();
        var atKill = await ledger.ReadAsync();
        Assert.True(atKill.Tasks.Count < Forms,
            $"The first worker finished all {Forms} submissions before it was killed: nothing was in flight.");

        // What it had received but not acknowledged is back in the queue for the next worker.
        var (waiting, consumers) = await scenario.QueueState(scenario.IntakeQueue);
        Assert.Equal(0u, consumers);
        Assert.True(waiting > 0, "No message waits in the intake queue after the kill.");

        var second = await scenario.StartWorkerAsync("worker-2");
        var counts = await ledger.WaitUntilAllOnceAsync(forms, TimeSpan.FromSeconds(180));
        Assert.True(counts.AllOnce(forms), counts.Describe(forms));
        Assert.False(counts.AnyMoreThanOnce, counts.Describe([.. counts.Tasks.Keys]));

        // RabbitMQ redelivered what the first worker held, flagged as redelivered, and the second consumed it.
        var redelivered = second.Lines.Where(l => l.Contains("Redelivered message", StringComparison.Ordinal)).ToArray();
        Assert.True(redelivered.Length > 0, "The second worker saw no redelivered message." + Scenario.Tail(second));
        Assert.True(redelivered.Length <= Forms * 2, $"{redelivered.Length} redeliveries for {Forms} forms");
        var consumedFirst = first.CountLines("Consumed message");
        var consumedSecond = second.CountLines("Consumed message");
        Assert.True(consumedFirst + consumedSecond >= Forms * 2,
            $"Consumed {consumedFirst} + {consumedSecond} messages for {Forms} submissions and their tasks.");
    }
}
