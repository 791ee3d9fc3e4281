using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>A write of several streams the database refused as a whole, with the refusal to answer (nothing was stored).</summary>
public sealed class CommandRefusedException(DomainError error, Exception inner) : Exception(error.MessageEn, inner)
{
    public DomainError Error { get; } = error;
}
