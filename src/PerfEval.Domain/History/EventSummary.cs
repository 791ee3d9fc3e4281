namespace PerfEval.Domain.History;

/// <summary>One line of a form's audit history, in Chinese and English.</summary>
public sealed record EventSummary(string Zh, string En);
