using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evidence;

namespace PerfEval.Domain.Rectification;

/// <summary>
/// RECT-ANSWER (docs/domain-rules.md#rectification): the notified unit answers an Issued or Returned notice with the
/// measures taken and up to <see cref="MaxEvidence"/> of the form's supporting files as evidence (none for a notice
/// about the unit as a whole). The answer opens a review task of kind Rectification.
/// </summary>
public static class AnswerNotice
{
    public const int MaxEvidence = 20;

    /// <param name="formEvidence">The supporting files of the notice's form (empty for a notice about a unit).</param>
    /// <param name="reviewDue">The review task's due date.</param>
    public static Decision Decide(
        RectificationNotice state,
        Actor actor,
        string? measures,
        IReadOnlyList<Guid>? evidenceIds,
        IReadOnlyList<EvidenceRef> formEvidence,
        DateOnly? reviewDue)
    {
        if (!actor.BelongsToUnit(state.UnitId))
        {
            return RectificationErrors.NotOwner;
        }

        if (!state.AwaitsUnit)
        {
            return RectificationErrors.NotAwaitingAnswer(state.Status);
        }

        if (string.IsNullOrWhiteSpace(measures) || measures.Trim().Length > IssueNotice.MaxText)
        {
            return RectificationErrors.Invalid(
                "measures", $"须填写整改措施（不超过 {IssueNotice.MaxText} 字）。", $"Measures of 1 to {IssueNotice.MaxText} characters are required.");
        }

        var ids = evidenceIds ?? [];
        if (ids.Count > MaxEvidence || ids.Distinct().Count() != ids.Count)
        {
            return RectificationErrors.Invalid(
                "evidence", $"佐证材料最多 {MaxEvidence} 项，且不能重复。", $"At most {MaxEvidence} distinct pieces of evidence.");
        }

        var files = formEvidence.ToDictionary(e => e.Id);
        var evidence = new List<RectificationEvidence>();
        foreach (var id in ids)
        {
            if (!files.TryGetValue(id, out var file))
            {
                return RectificationErrors.Invalid(
                    "evidence", $"佐证材料 {id} 不是该自评表已上传的材料。",
                    $"Evidence {id} is not a supporting file of the notice's form.");
            }

            evidence.Add(new RectificationEvidence(file.Id, file.FileName));
        }

        var round = state.Rounds.Count + 1;
        return Decision.Accept(
            new RectificationAnswered(state.Id, round, measures.Trim(), evidence, actor.Name),
            new RectificationReviewOpened(
                RectificationIds.TaskFor(state.Id, round), state.Id, round, state.UnitId, state.DepartmentId, state.FiscalYear,
                state.Subject, reviewDue, state.FormKind ?? Forms.FormKind.Project));
    }
}
