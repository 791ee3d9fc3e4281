using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.Yearly;

namespace PerfEval.IntegrationTests.Yearly;

/// <summary>
/// The yearly facts' pages at the head of the stream are at least an interval apart, so a form written several times
/// within it (submit, intake, claim, approve) has its facts and its unit's tallies rewritten once.
/// </summary>
public sealed class FactsPaceTests
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_first_page_does_not_wait()
    {
        Assert.Equal(TimeSpan.Zero, new FactsPace(Interval, _clock).WaitBefore(3, BatchSize));
    }

    [Fact]
    public void A_small_page_waits_for_the_rest_of_the_interval_since_the_previous_page_started()
    {
        var pace = new FactsPace(Interval, _clock);
        pace.WaitBefore(3, BatchSize);
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Equal(TimeSpan.FromMilliseconds(700), pace.WaitBefore(2, BatchSize));
    }

    [Fact]
    public void A_page_after_the_interval_does_not_wait()
    {
        var pace = new FactsPace(Interval, _clock);
        pace.WaitBefore(3, BatchSize);
        _clock.Advance(TimeSpan.FromMilliseconds(1500));

        Assert.Equal(TimeSpan.Zero, pace.WaitBefore(2, BatchSize));
    }

    [Fact]
    public void A_page_that_waited_counts_as_starting_after_its_wait()
    {
        var pace = new FactsPace(Interval, _clock);
        pace.WaitBefore(3, BatchSize);
        _clock.Advance(TimeSpan.FromMilliseconds(400));
        var waited = pace.WaitBefore(2, BatchSize);
        _clock.Advance(waited);

        Assert.Equal(Interval, pace.WaitBefore(1, BatchSize));
    }

    [Fact]
    public void A_full_page_catching_up_never_waits()
    {
        var pace = new FactsPace(Interval, _clock);
        pace.WaitBefore(BatchSize, BatchSize);

        Assert.Equal(TimeSpan.Zero, pace.WaitBefore(BatchSize, BatchSize));
    }

    [Fact]
    public void No_interval_never_waits()
    {
        var pace = new FactsPace(TimeSpan.Zero, _clock);
        pace.WaitBefore(1, BatchSize);

        Assert.Equal(TimeSpan.Zero, pace.WaitBefore(1, BatchSize));
    }

    [Fact]
    public void A_paced_projection_keeps_one_page_in_flight_so_that_pages_grow_while_one_waits()
    {
        Assert.Equal(1, new YearlyFormFactsProjection(new FactsPace(Interval, _clock)).Options.MaximumHopperSize);
        Assert.NotEqual(1, new YearlyFormFactsProjection().Options.MaximumHopperSize);
    }
}

/// <summary>The platform's store runs the yearly facts paced: the setting is on by default (one second).</summary>
[Collection(PlatformCollection.Name)]
public sealed class FactsPaceSettingTests(PlatformFixture platform)
{
    [Fact]
    public void The_platforms_yearly_facts_are_paced()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var projection = store.Options.Events.Projections().OfType<YearlyFormFactsProjection>().Single();

        Assert.Equal(1, projection.Options.MaximumHopperSize);
    }
}
