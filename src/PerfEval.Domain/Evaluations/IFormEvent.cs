namespace PerfEval.Domain.Evaluations;

/// <summary>
/// An event of a form's stream. The event store registers every type that implements it, so that stored events are
/// read by their name whatever namespace their type lives in.
/// </summary>
public interface IFormEvent
{
    Guid EvaluationId { get; }

    /// <summary>Every event type of a form's stream, in the domain's assembly.</summary>
    static IReadOnlyList<Type> Types { get; } = typeof(IFormEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFormEvent).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();
}
