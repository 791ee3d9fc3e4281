namespace PerfEval.Domain.Evaluations;

/// <summary>The outcome of a decision: the events to append, or why nothing may be appended.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, DomainError? error)
    {
        Events = events;
        Error = error;
    }

    public IReadOnlyList<object> Events { get; }
    public DomainError? Error { get; }
    public bool IsAccepted => Error is null;

    public static Decision Accept(params object[] events) => new(events, null);

    /// <summary>Accepted with nothing to append: the command was already carried out (idempotent repeat).</summary>
    public static Decision AlreadyDone { get; } = new([], null);

    public static Decision Refuse(DomainError error) => new([], error);

    public static implicit operator Decision(DomainError error) => Refuse(error);
}
