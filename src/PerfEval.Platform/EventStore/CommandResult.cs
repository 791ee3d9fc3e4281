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
}

/// <summary>What came of a command: the state after it, or the refusal.</summary>
public sealed record CommandResult(CommandOutcome Outcome, Evaluation? State, DomainError? Error, long? ActualVersion = null)
{
    public static CommandResult Refused(DomainError error) => new(CommandOutcome.Refused, null, error);
}
