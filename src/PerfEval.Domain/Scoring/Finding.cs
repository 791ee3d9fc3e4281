namespace PerfEval.Domain.Scoring;

/// <summary>
/// One observation of the rule engine about one cell. Findings are data: they are stored in events and shown
/// beside the unit's figures, which are never overwritten.
/// </summary>
/// <param name="Code">A stable code from <see cref="FindingCodes"/>.</param>
/// <param name="Path">The cell, e.g. <c>funds.total.score</c> or <c>indicators[3].claimedScore</c> (indexes from 0).</param>
/// <param name="Claimed">The unit's figure, when there is one.</param>
/// <param name="Computed">The rule's figure (or the bound it crossed).</param>
public sealed record Finding(
    string Code,
    Severity Severity,
    string Path,
    decimal? Claimed,
    decimal? Computed,
    string Message,
    string MessageEn);
