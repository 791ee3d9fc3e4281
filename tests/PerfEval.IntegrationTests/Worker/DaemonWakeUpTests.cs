using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.EventStore;
using PerfEval.Worker.Forwarding;

namespace PerfEval.IntegrationTests.Worker;

/// <summary>
/// The async daemon's wake-up: appends announced by a notification after their commit (never from inside the
/// appending transaction), and the daemon's wait that returns on it, keeps one that came while nobody waited, and
/// keeps a floor between checks.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DaemonWakeUpTests(PlatformFixture fixture)
{
    private static readonly TimeSpan LongTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_append_is_announced_on_the_stores_channel_and_not_from_inside_its_transaction()
    {
        var services = await TestServices.StartAsync();
        var channel = AppendWakeUpConnection.ChannelFor(fixture.Schema);
        var received = new ConcurrentQueue<string>();
        var unit = await fixture.ClientFor(TestOrg.New().Submitter);

        await using var listener = new NpgsqlConnection(services.Postgres);
        await listener.OpenAsync();
        listener.Notification += (_, e) => received.Enqueue(e.Channel);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\"; LISTEN mt_events_appended", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await Forms.CreateDraft(unit);

        // Notifications are read while the connection waits. Marten's own wake-up would notify from inside the
        // appending transaction on its channel, delivered at the commit, before the platform's.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < LongTimeout && !received.Contains(channel))
        {
            await listener.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        await listener.WaitAsync(TimeSpan.FromMilliseconds(300));
        Assert.Contains(channel, received);
        Assert.DoesNotContain("mt_events_appended", received);
    }

    [Fact]
    public async Task The_daemons_wait_returns_on_a_wake_up_and_keeps_one_that_came_while_it_was_not_waiting()
    {
        await using var rig = await WakeUpRig.StartAsync(TimeSpan.Zero);
        var (notifier, wakeUp) = (rig.Notifier, rig.WakeUp);
        // The first wait starts listening and returns at once: what was committed before anyone listened is
        // left for the first check.
        var first = Stopwatch.StartNew();
        await wakeUp.WaitAsync(LongTimeout, CancellationToken.None);
        Assert.True(first.Elapsed < LongTimeout / 2, $"the first wait took {first.Elapsed}");

        // Woken while waiting.
        var woken = Stopwatch.StartNew();
        var waiting = wakeUp.WaitAsync(LongTimeout, CancellationToken.None);
        await Task.Delay(200);
        notifier.Raise();
        await waiting;
        Assert.True(woken.Elapsed < LongTimeout / 2, $"a wake-up while waiting took {woken.Elapsed}");

        // A wake-up that arrives between two waits is kept for the next one.
        var sent = notifier.Sent;
        notifier.Raise();
        await Eventually.Until(() => Task.FromResult(notifier.Sent > sent), "the notification to be sent");
        await Task.Delay(500);
        var kept = Stopwatch.StartNew();
        await wakeUp.WaitAsync(LongTimeout, CancellationToken.None);
        Assert.True(kept.Elapsed < LongTimeout / 2, $"a wake-up sent between waits was lost (waited {kept.Elapsed})");
    }

    [Fact]
    public async Task Checks_woken_one_after_the_other_are_kept_the_floor_apart()
    {
        var floor = TimeSpan.FromMilliseconds(400);
        await using var rig = await WakeUpRig.StartAsync(floor);
        var (notifier, wakeUp) = (rig.Notifier, rig.WakeUp);
        await wakeUp.WaitAsync(LongTimeout, CancellationToken.None);
        var gaps = new List<TimeSpan>();
        for (var i = 0; i < 3; i++)
        {
            var previous = wakeUp.LastReturnTimestamp;
            notifier.Raise();
            await wakeUp.WaitAsync(LongTimeout, CancellationToken.None);
            gaps.Add(TimeProvider.System.GetElapsedTime(previous, wakeUp.LastReturnTimestamp));
        }

        // Each wait began right after the previous returned, with a wake-up on its way: without the floor it
        // would return as soon as that arrived; with it, not before the floor has passed. The gaps are the wake-up's
        // own return times, so a busy machine delaying this test between its steps cannot shorten them; the runtime's
        // timers fire on whole milliseconds, so a wait may end a millisecond or two before the floor.
        Assert.All(gaps, gap => Assert.True(gap >= floor - TimeSpan.FromMilliseconds(10), $"returned after {gap}"));
        Assert.All(gaps, gap => Assert.True(gap < LongTimeout / 2, $"returned after {gap}: the wake-up was lost"));
    }

    [Fact]
    public async Task Commits_close_together_are_announced_at_most_once_a_pace()
    {
        // A floor of 200 ms paces the notifications 100 ms apart.
        await using var rig = await WakeUpRig.StartAsync(TimeSpan.FromMilliseconds(200));
        var notifier = rig.Notifier;
        var before = notifier.Sent;

        var raising = Stopwatch.StartNew();
        while (raising.Elapsed < TimeSpan.FromSeconds(1))
        {
            notifier.Raise();
            await Task.Delay(2);
        }

        var sent = notifier.Sent - before;
        Assert.InRange(sent, 2, 12);
    }

    [Fact]
    public async Task A_check_waits_for_the_forwarder_to_finish_its_page_but_not_beyond_the_limit()
    {
        var forwarder = new ForwarderActivity();
        await using var rig = await WakeUpRig.StartAsync(TimeSpan.Zero, forwarder);
        var (notifier, wakeUp) = (rig.Notifier, rig.WakeUp);
        await wakeUp.WaitAsync(LongTimeout, CancellationToken.None);

        // Woken while the forwarder publishes a page: the check waits until the page is done.
        forwarder.PageStarted();
        notifier.Raise();
        var waiting = wakeUp.WaitAsync(LongTimeout, CancellationToken.None);
        await Task.Delay(DaemonWakeUp.BusyWaitLimit / 5);
        Assert.False(waiting.IsCompleted, "the check did not wait for the forwarder's page");
        forwarder.PageFinished();
        await waiting.WaitAsync(LongTimeout / 2);

        // A page that does not finish (the broker away) holds the check up only for the limit.
        forwarder.PageStarted();
        notifier.Raise();
        var held = Stopwatch.StartNew();
        await wakeUp.WaitAsync(LongTimeout, CancellationToken.None).WaitAsync(LongTimeout / 2);
        Assert.True(held.Elapsed >= DaemonWakeUp.BusyWaitLimit - TimeSpan.FromMilliseconds(20), $"returned after {held.Elapsed}");
    }

    /// <summary>A notifier and a daemon wake-up on a channel of their own, against the tests' PostgreSQL.</summary>
    private sealed class WakeUpRig : IAsyncDisposable
    {
        private readonly AppendWakeUpConnection _connection;

        private WakeUpRig(AppendWakeUpConnection connection, TimeSpan floor, ForwarderActivity? forwarder)
        {
            _connection = connection;
            Notifier = new AppendNotifier(connection, floor / 2, NullLogger<AppendNotifier>.Instance);
            WakeUp = new DaemonWakeUp(connection, floor, forwarder, NullLogger.Instance);
        }

        public AppendNotifier Notifier { get; }
        public DaemonWakeUp WakeUp { get; }

        public static async Task<WakeUpRig> StartAsync(TimeSpan floor, ForwarderActivity? forwarder = null)
        {
            var services = await TestServices.StartAsync();
            var rig = new WakeUpRig(
                new AppendWakeUpConnection(services.Postgres, "wake_" + Guid.NewGuid().ToString("N")[..8]), floor, forwarder);
            await rig.Notifier.StartAsync(CancellationToken.None);
            return rig;
        }

        public async ValueTask DisposeAsync()
        {
            await Notifier.StopAsync(CancellationToken.None);
            WakeUp.Dispose();
            await _connection.DisposeAsync();
        }
    }
}
