using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>The form's current state (<see cref="EvaluationEvolution"/>) as an inline snapshot.</summary>
public sealed class EvaluationProjection(TimeProvider clock)
    : SnapshotProjection<Evaluation>(clock, IFormEvent.Types, EvaluationEvolution.Evolve);
