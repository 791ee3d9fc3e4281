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
public sealed record DomainError(ErrorKind Kind, string Code, string Message, string MessageEn)
{
    /// <summary>The cells the refusal is about, when it names cells (shown beside them; the problem's <c>cells</c>).</summary>
    public IReadOnlyList<Targets.LockedCell>? Cells { get; init; }

    /// <summary>The request field the refusal is about (e.g. <c>entries[0].clause</c>; the problem's <c>errors</c>).</summary>
    public string? Field { get; init; }
}
