using PerfEval.Domain.Rectification;

namespace PerfEval.Platform.EventStore;

/// <summary>A rectification notice's current state (<see cref="RectificationEvolution"/>) as an inline snapshot.</summary>
public sealed class RectificationProjection(TimeProvider clock)
    : SnapshotProjection<RectificationNotice>(clock, IRectificationEvent.Types, RectificationEvolution.Evolve);
