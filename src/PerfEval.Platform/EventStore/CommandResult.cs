using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

public enum CommandOutcome
{
    /// <summary>Events were appended.</summary>
    Appended,

    /// <summary>Nothing needed appending: the command had already been carried out.</summary>
    Unchanged,

    /// <summary>The decision refused the command.</summary>
    Refused,

    /// <summary>The stream was not at the version the caller expected.</summary>
    StaleVersion,

    /// <summary>A command under the same Idempotency-Key was carried out before: <see cref="CommandResult.Earlier"/>.</summary>
    Repeated,
}

/// <summary>What came of a command: the state after it, the refusal, or the record of its earlier run.</summary>
public sealed record CommandResult(CommandOutcome Outcome, IVersioned? State, DomainError? Error, long? ActualVersion = null)
{
    public IdempotencyRecord? Earlier { get; init; }

    public static CommandResult Refused(DomainError error) => new(CommandOutcome.Refused, null, error);

    public static CommandResult Repeated(IdempotencyRecord earlier) =>
        new(CommandOutcome.Repeated, null, null) { Earlier = earlier };
}
