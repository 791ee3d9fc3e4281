using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Aggregation;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// One <see cref="YearlyFormFacts"/> per form, folded by the domain's pure <see cref="YearlyFactsEvolution"/>.
/// Async (run by the daemon, rebuildable): the yearly picture may lag a write by moments, and no command waits for it.
/// At the head of the stream its pages are paced (<see cref="FactsPace"/>): a form's facts are written once per
/// interval however often the form was written in it.
/// </summary>
public sealed class YearlyFormFactsProjection : SingleStreamProjection<YearlyFormFacts, Guid>
{
    public const string ProjectionName = "YearlyFormFacts";

    /// <summary>The daemon's name for this projection's one shard.</summary>
    public const string ShardName = ProjectionName + ":All";

    private readonly FactsPace? _pace;

    /// <param name="pace">The least time between two pages at the head of the stream; none when null or zero.</param>
    public YearlyFormFactsProjection(FactsPace? pace = null)
    {
        if (pace is { IsOn: true })
        {
            _pace = pace;
            Options.MaximumHopperSize = 1;
        }
    }

    public override async Task EnrichEventsAsync(
        SliceGroup<YearlyFormFacts, Guid> group, IQuerySession querySession, CancellationToken cancellation)
    {
        if (_pace is null)
        {
            return;
        }

        var events = group.Slices.Sum(slice => slice.Events().Count);
        var wait = _pace.WaitBefore(events, Options.BatchSize);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellation);
        }
    }

    public override YearlyFormFacts? Evolve(YearlyFormFacts? snapshot, Guid id, IEvent e) =>
        YearlyFactsEvolution.Evolve(snapshot, e.Data) is { } next ? next with { Version = e.Version } : null;
}
