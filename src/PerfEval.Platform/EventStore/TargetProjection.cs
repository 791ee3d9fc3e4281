using PerfEval.Domain.Targets;

namespace PerfEval.Platform.EventStore;

/// <summary>A target declaration's current state (<see cref="TargetEvolution"/>) as an inline snapshot.</summary>
public sealed class TargetProjection(TimeProvider clock)
    : SnapshotProjection<TargetDeclaration>(clock, ITargetEvent.Types, TargetEvolution.Evolve);
