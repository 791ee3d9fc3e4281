using PerfEval.Domain.Evaluations;

namespace PerfEval.Domain.Evidence;

/// <summary>
/// Attaching and removing supporting files (docs/domain-rules.md#evidence): by the form's own unit, while the form is
/// editable (the files are frozen with the content once it is submitted), to the form or one of its indicators, within
/// the per-form count.
/// </summary>
public static class EvidenceDecisions
{
    public static Decision Attach(Evaluation state, Actor actor, EvidenceRef candidate, EvidenceLimits limits)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return EvaluationErrors.NotOwner;
        }

        if (!EvaluationDecisions.IsEditable(state.Status))
        {
            return EvidenceErrors.Frozen(state.Status);
        }

        if (state.Evidence.Any(e => e.Id == candidate.Id))
        {
            return Decision.AlreadyDone;
        }

        var indicators = state.Form.Indicators.Count;
        if (candidate.IndicatorIndex is { } index && (index < 0 || index >= indicators))
        {
            return EvidenceErrors.IndicatorNotFound(index, indicators);
        }

        if (state.Evidence.Count >= limits.MaxFilesPerForm)
        {
            return EvidenceErrors.TooMany(limits.MaxFilesPerForm);
        }

        return Decision.Accept(new EvidenceAttached(
            state.Id, candidate with { UploadedById = actor.Id, UploadedByName = actor.Name }));
    }

    /// <summary>
    /// Removes a file the form lists, under the same rules as attaching one: the form's own unit, the form editable.
    /// A file already removed is done (a repeated request changes nothing); an id the form never had is not found.
    /// </summary>
    public static Decision Remove(Evaluation state, Actor actor, Guid evidenceId)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return EvaluationErrors.NotOwner;
        }

        if (!EvaluationDecisions.IsEditable(state.Status))
        {
            return EvidenceErrors.Frozen(state.Status);
        }

        if (state.RemovedEvidenceIds.Contains(evidenceId))
        {
            return Decision.AlreadyDone;
        }

        if (state.Evidence.FirstOrDefault(e => e.Id == evidenceId) is not { } evidence)
        {
            return EvidenceErrors.NotFound;
        }

        return Decision.Accept(new EvidenceRemoved(
            state.Id, evidence.Id, actor.Id, actor.Name, evidence.FileName, evidence.Slot));
    }
}
