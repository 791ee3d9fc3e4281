namespace PerfEval.Domain.Evaluations;

/// <summary>What kind of refusal a decision is; the HTTP edge maps each kind to one status code.</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or incomplete (400).</summary>
    Invalid,

    /// <summary>The actor may not do this (403).</summary>
    Forbidden,

    /// <summary>The actor may not know this exists (404).</summary>
    NotFound,

    /// <summary>The form is not in a state that allows this (409).</summary>
    Conflict,
}

/// <summary>A refused decision: a stable code, and a message in Chinese and English.</summary>
public sealed record DomainError(ErrorKind Kind, string Code, string Message, string MessageEn);

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
