namespace PerfEval.Domain.Common;

/// <summary>A document folded from one event stream: its stream id and the version of the last event folded in.</summary>
public interface IVersioned
{
    Guid Id { get; }

    /// <summary>Stream version of the last event folded in (the HTTP ETag).</summary>
    long Version { get; }

    /// <summary>
    /// The link of the last event folded in (docs/domain-rules.md#tamper-evident-trail); null when it has none (a
    /// stream written before the chain). The next event appended links to it.
    /// </summary>
    string? ChainHead { get; }
}

/// <summary>
/// A stream's state as a snapshot document: besides its version, when the stream began and last changed. The inline
/// projections and the as-of replays stamp the domain's fold with them.
/// </summary>
public interface IStreamSnapshot<out T> : IVersioned
{
    DateTimeOffset CreatedAt { get; }
    DateTimeOffset UpdatedAt { get; }

    /// <summary>
    /// The same state at stream version <paramref name="version"/>, begun and last changed at the times given, its last
    /// event's link <paramref name="chainHead"/>.
    /// </summary>
    T AtVersion(long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, string? chainHead);
}
