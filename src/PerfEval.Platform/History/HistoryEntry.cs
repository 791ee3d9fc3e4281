namespace PerfEval.Platform.History;

/// <summary>One stored event of a form, as the audit history shows it.</summary>
public sealed record HistoryEntry(
    long Version,
    string Type,
    string Summary,
    string SummaryEn,
    object Data,
    string? ActorId,
    string? ActorName,
    string? UserName,
    DateTimeOffset Timestamp,
    string? CorrelationId,
    string? CausationId,
    Guid EventId);
