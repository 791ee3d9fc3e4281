using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.History;

/// <summary>A form's state rebuilt from its events, e.g. as it stood at a past time.</summary>
public static class EvaluationReplay
{
    /// <summary>Folds the events, oldest first, with the lifecycle's own evolution; null before the form existed.</summary>
    public static Evaluation? Fold(IEnumerable<object> events) =>
        events.Aggregate((Evaluation?)null, EvaluationEvolution.Evolve);
}
