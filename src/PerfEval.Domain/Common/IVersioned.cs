namespace PerfEval.Domain.Common;

/// <summary>A document folded from one event stream: its stream id and the version of the last event folded in.</summary>
public interface IVersioned
{
    Guid Id { get; }

    /// <summary>Stream version of the last event folded in (the HTTP ETag).</summary>
    long Version { get; }
}

/// <summary>
/// A stream's state as a snapshot document: besides its version, when the stream began and last changed. The inline
/// projections and the as-of replays stamp the domain's fold with them.
/// </summary>
public interface IStreamSnapshot<out T> : IVersioned
{
    DateTimeOffset CreatedAt { get; }
    DateTimeOffset UpdatedAt { get; }

    /// <summary>The same state at stream version <paramref name="version"/>, begun and last changed at the times given.</summary>
    T AtVersion(long version, DateTimeOffset createdAt, DateTimeOffset updatedAt);
}
