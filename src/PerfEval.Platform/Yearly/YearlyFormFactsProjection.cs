using JasperFx.Events;
using Marten.Events.Aggregation;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// One <see cref="YearlyFormFacts"/> per form, folded by the domain's pure <see cref="YearlyFactsEvolution"/>.
/// Async (run by the daemon, rebuildable): the yearly picture may lag a write by moments, and no command waits for it.
/// </summary>
public sealed class YearlyFormFactsProjection : SingleStreamProjection<YearlyFormFacts, Guid>
{
    public const string ProjectionName = "YearlyFormFacts";

    /// <summary>The daemon's name for this projection's one shard.</summary>
    public const string ShardName = ProjectionName + ":All";

    public override YearlyFormFacts? Evolve(YearlyFormFacts? snapshot, Guid id, IEvent e) =>
        YearlyFactsEvolution.Evolve(snapshot, e.Data) is { } next ? next with { Version = e.Version } : null;
}
