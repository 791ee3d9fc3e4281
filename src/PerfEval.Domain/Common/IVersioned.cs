namespace PerfEval.Domain.Common;

/// <summary>A document folded from one event stream: its stream id and the version of the last event folded in.</summary>
public interface IVersioned
{
    Guid Id { get; }

    /// <summary>Stream version of the last event folded in (the HTTP ETag).</summary>
    long Version { get; }
}
