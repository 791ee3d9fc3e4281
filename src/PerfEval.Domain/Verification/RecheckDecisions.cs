using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Scoring;

namespace PerfEval.Domain.Verification;

/// <summary>One entry of a re-check as the reviewer sends it (docs/domain-rules.md#re-check).</summary>
/// <param name="Target">"execution" (the budget execution line) or "indicator" (with <paramref name="IndicatorIndex"/>).</param>
/// <param name="VerifiedScore">Optional: the clause's figure is recorded when absent; one that contradicts it is refused.</param>
public sealed record RecheckInput(
    string? Target,
    int? IndicatorIndex,
    string? VerifiedActual,
    decimal? VerifiedScore,
    string? Clause,
    IReadOnlyList<Guid>? EvidenceIds,
    string? Remark);

/// <summary>
/// The re-check's decisions (docs/domain-rules.md#re-check): recording entries under a rulebook's clauses, and
/// completing a sampled form's re-check task. Pure.
/// </summary>
public static class RecheckDecisions
{
    public const int MaxEntries = 200;
    public const int MaxEvidencePerEntry = 50;
    public const int MaxActualLength = 200;

    /// <summary>
    /// Records one <see cref="RecheckRecorded"/> per entry, all or none. The reviewer holds the form's re-check task, or
    /// the submission's review task while the form is under review. Each entry names a clause of
    /// <paramref name="rulebook"/> that applies to its cell; the clause computes the verified score.
    /// </summary>
    public static Decision Record(
        Evaluation state, Actor actor, Rulebook rulebook, ScoringProfile profile, IReadOnlyList<RecheckInput?>? entries)
    {
        if (TaskOf(state, actor) is not { } taskId)
        {
            return Refusal(state, actor);
        }

        if (entries is null || entries.Count == 0 || entries.Count > MaxEntries)
        {
            return VerificationErrors.Invalid(
                "recheck.entries_required", "entries", $"须填写 1 到 {MaxEntries} 条复核记录。",
                $"1 to {MaxEntries} re-check entries are required.");
        }

        var events = new List<object>(entries.Count);
        var cells = new HashSet<ScoreTarget>();
        for (var i = 0; i < entries.Count; i++)
        {
            var recorded = Entry(state, actor, taskId, rulebook, profile, entries[i], $"entries[{i}]");
            if (recorded.Error is { } error)
            {
                return error;
            }

            if (!cells.Add(recorded.Event!.Target))
            {
                return VerificationErrors.Invalid(
                    "recheck.duplicate_cell", $"entries[{i}].target", "同一单元格在一次复核中只能记录一条。",
                    "A cell appears twice in one re-check.");
            }

            events.Add(recorded.Event);
        }

        return Decision.Accept([.. events]);
    }

    /// <summary>
    /// Completes the form's re-check task. Refused while the task has no entry: a re-check that recorded nothing leaves
    /// no trace of what was verified (a cell found right is recorded under a full-weight or proportional clause).
    /// </summary>
    public static Decision Complete(Evaluation state, Actor actor)
    {
        if (RecheckTasks.Holds(state, actor) is { } refused)
        {
            return refused;
        }

        var taskId = state.RecheckTask!.Task.TaskId;
        return state.Rechecks.Any(r => r.TaskId == taskId)
            ? RecheckTasks.Complete(state, actor)
            : VerificationErrors.NothingRecorded;
    }

    /// <summary>
    /// Withdraws the latest re-check of a cell (docs/domain-rules.md#re-check, RC-WITHDRAW): only the reviewer who recorded
    /// it, only while the task it was recorded under is still theirs and undecided (the review task before 退回修改,
    /// 审核通过 or 不通过; the re-check task before it is completed). The cell goes back to the unit's claim.
    /// </summary>
    public static Decision Withdraw(Evaluation state, Actor actor, string? target, int? indicatorIndex)
    {
        if (ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId) is { } refused)
        {
            return refused;
        }

        var (found, invalid) = Cell(state, target, indicatorIndex, "");
        if (found is not { } cell)
        {
            return invalid!;
        }

        if (state.Rechecks.LastOrDefault(r => r.Target == cell) is not { } entry)
        {
            return new DomainError(
                ErrorKind.Conflict, "recheck.nothing_to_withdraw", $"{CellName(state, cell)}没有可撤回的复核记录。",
                $"{cell.Path} has no re-check entry to withdraw.");
        }

        if (entry.ReviewerId != actor.Id)
        {
            return new DomainError(
                ErrorKind.Forbidden, "recheck.not_author", $"{CellName(state, cell)}的复核由 {entry.ReviewerName} 记录，只有记录人可以撤回。",
                $"The re-check of {cell.Path} was recorded by {entry.ReviewerName}; only they can withdraw it.");
        }

        if (TaskOf(state, actor) != entry.TaskId)
        {
            return IsUndecided(state, entry.TaskId)
                ? ReviewErrors.NotTaskHolder
                : new DomainError(
                    ErrorKind.Conflict, "recheck.already_decided", "该复核记录所属的审核或复核任务已经结束，不能再撤回。",
                    "The review or re-check the entry belongs to is decided; it can no longer be withdrawn.");
        }

        return Decision.Accept(new RecheckWithdrawn(
            state.Id, entry.TaskId, cell, ClauseArithmetic.SelfScoreOf(state.Form, cell), entry.VerifiedScore, actor.Id, actor.Name));
    }

    /// <summary>Whether a task is still open: the form's review task while under review, or its re-check task until completed.</summary>
    private static bool IsUndecided(Evaluation state, Guid taskId) =>
        (state.Status == EvaluationStatus.InReview && state.CurrentTask?.TaskId == taskId)
        || (state.RecheckTask is { } r && r.Task.TaskId == taskId && r.Task.Status != ReviewTaskStatus.Done);

    /// <summary>The cell a re-check names: "execution" (without an index) or "indicator" with the index of an indicator of the form.</summary>
    private static (ScoreTarget? Target, DomainError? Error) Cell(Evaluation state, string? kind, int? indicatorIndex, string path)
    {
        ScoreTarget? target = kind?.Trim().ToLowerInvariant() switch
        {
            "execution" when indicatorIndex is null => ScoreTarget.Execution,
            "indicator" when indicatorIndex is { } index => ScoreTarget.Indicator(index),
            _ => null,
        };
        if (target is null)
        {
            return (null, VerificationErrors.Invalid(
                "recheck.target_required", $"{path}target",
                "复核对象须为 \"execution\"（预算执行率，不带 indicatorIndex）或 \"indicator\"（带 indicatorIndex）。",
                "The target is \"execution\" (without indicatorIndex) or \"indicator\" with indicatorIndex."));
        }

        return ReviewFigures.IsValid(state, target)
            ? (target, null)
            : (null, VerificationErrors.Invalid(
                "recheck.no_such_cell", $"{path}indicatorIndex", $"自评表没有第 {target.IndicatorIndex} 项指标。",
                $"The form has no indicator {target.IndicatorIndex}."));
    }

    /// <summary>The task an entry is recorded under: the re-check task the actor holds, else the review task.</summary>
    public static Guid? TaskOf(Evaluation state, Actor actor)
    {
        if (state.RecheckTask is { } recheck && RecheckTasks.Holds(state, actor) is null)
        {
            return recheck.Task.TaskId;
        }

        return state.Status == EvaluationStatus.InReview
            && ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId) is null
            && ReviewerRules.Holds(actor, state.CurrentTask) is null
            ? state.CurrentTask!.TaskId
            : null;
    }

    private static DomainError Refusal(Evaluation state, Actor actor)
    {
        if (ReviewerRules.MayReview(actor, state.UnitId, state.DepartmentId) is { } refused)
        {
            return refused;
        }

        if (state.RecheckTask is { Task.Status: ReviewTaskStatus.Claimed })
        {
            return ReviewErrors.NotTaskHolder;
        }

        return state.Status == EvaluationStatus.InReview ? ReviewErrors.NotTaskHolder : ReviewErrors.NotInReview(state.Status);
    }

    private static (RecheckRecorded? Event, DomainError? Error) Entry(
        Evaluation state, Actor actor, Guid taskId, Rulebook rulebook, ScoringProfile profile, RecheckInput? input, string path)
    {
        var (found, invalid) = Cell(state, input?.Target, input?.IndicatorIndex, $"{path}.");
        if (found is not { } target)
        {
            return (null, invalid);
        }

        var cell = CellName(state, target);
        if (rulebook.Clause(input!.Clause) is not { } clause)
        {
            return (null, VerificationErrors.Invalid(
                "recheck.unknown_clause", $"{path}.clause",
                $"复核口径“{input.Clause}”不在 {rulebook.Region} {rulebook.Year} 年第 {rulebook.Version} 版复核口径中。",
                $"The clause '{input.Clause}' is not in rulebook {rulebook.Region} {rulebook.Year} version {rulebook.Version}."));
        }

        if (!ClauseArithmetic.AppliesTo(clause, state.Form, target))
        {
            return (null, VerificationErrors.Invalid(
                "recheck.clause_not_applicable", $"{path}.clause", $"复核口径 {clause.Code}（{clause.Title}）不适用于{cell}。",
                $"The clause {clause.Code} ({clause.TitleEn}) does not apply to {target.Path}."));
        }

        var actual = string.IsNullOrWhiteSpace(input.VerifiedActual) ? null : input.VerifiedActual.Trim();
        var remark = string.IsNullOrWhiteSpace(input.Remark) ? null : input.Remark.Trim();
        if (actual?.Length > MaxActualLength || remark?.Length > ReviewDecisions.MaxTextLength)
        {
            return (null, VerificationErrors.Invalid(
                "recheck.text_too_long", actual?.Length > MaxActualLength ? $"{path}.verifiedActual" : $"{path}.remark",
                $"复核完成值不超过 {MaxActualLength} 字，备注不超过 {ReviewDecisions.MaxTextLength} 字。",
                $"The verified actual is at most {MaxActualLength} characters, the remark {ReviewDecisions.MaxTextLength}."));
        }

        var evidence = input.EvidenceIds ?? [];
        if (evidence.Count > MaxEvidencePerEntry)
        {
            return (null, VerificationErrors.Invalid(
                "recheck.too_much_evidence", $"{path}.evidenceIds", $"每条复核记录最多引用 {MaxEvidencePerEntry} 份佐证材料。",
                $"An entry cites at most {MaxEvidencePerEntry} pieces of evidence."));
        }

        if (evidence.Where(id => state.Evidence.All(e => e.Id != id)).Select(id => (Guid?)id).FirstOrDefault() is { } unknown)
        {
            return (null, VerificationErrors.Invalid(
                "recheck.unknown_evidence", $"{path}.evidenceIds", $"佐证材料 {unknown} 不是本表的佐证材料。",
                $"Evidence {unknown} is not the form's."));
        }

        var weight = ClauseArithmetic.WeightOf(state.Form, target);
        decimal score;
        if (clause.Kind == ClauseKind.Judgement)
        {
            if (input.VerifiedScore is not { } judged || judged < 0m || judged > weight)
            {
                return (null, VerificationErrors.Invalid(
                    "recheck.score_out_of_range", $"{path}.verifiedScore", $"{cell}的复核得分须在 0 到分值 {weight} 之间。",
                    $"The verified score of {target.Path} is required, between 0 and the weight {weight}."));
            }

            if (remark is null)
            {
                return (null, VerificationErrors.Invalid(
                    "recheck.remark_required", $"{path}.remark", $"按复核口径 {clause.Code}（{clause.Title}）评分须填写备注说明理由。",
                    $"The clause {clause.Code} needs a remark giving the reason."));
            }

            score = Math.Round(judged, 2, MidpointRounding.AwayFromZero);
        }
        else if (ClauseArithmetic.Score(clause, state.Form, target, actual, profile) is { } computed)
        {
            if (input.VerifiedScore is { } sent && Math.Abs(sent - computed) > ClauseArithmetic.Tolerance)
            {
                return (null, VerificationErrors.Invalid(
                    "recheck.score_contradicts_clause", $"{path}.verifiedScore",
                    $"{cell}的复核得分 {sent:0.##} 与复核口径 {clause.Code}（{clause.Title}）不符：按该口径应为 {computed:0.00}。",
                    $"The verified score {sent:0.##} of {target.Path} contradicts clause {clause.Code}: it gives {computed:0.00}."));
            }

            score = computed;
        }
        else
        {
            return (null, VerificationErrors.Invalid(
                "recheck.actual_required", $"{path}.verifiedActual",
                $"复核口径 {clause.Code}（{clause.Title}）按完成值计分：须填写数量形式的复核完成值（如 96%），且{cell}的指标值须为数量。",
                $"The clause {clause.Code} scores by the verified actual: a quantity is required, and a quantitative target."));
        }

        return (new RecheckRecorded(
            state.Id, taskId, target, actual, ClauseArithmetic.SelfScoreOf(state.Form, target), score, clause.Code, clause.Title,
            rulebook.Region, rulebook.Year, rulebook.Version, [.. evidence.Distinct()], remark, actor.Id, actor.Name), null);
    }

    /// <summary>The cell as a person reads it: 预算执行率, or 第 3 项指标“…”.</summary>
    public static string CellName(Evaluation state, ScoreTarget target) =>
        target.Kind == ScoreTargetKind.Execution
            ? "预算执行率"
            : $"第 {target.IndicatorIndex + 1} 项指标“{state.Form.Indicators[target.IndicatorIndex!.Value].Name}”";
}

/// <summary>The refusals of the re-check, each with a stable code and, for input, the field it is about.</summary>
public static class VerificationErrors
{
    public static DomainError NothingRecorded { get; } = new(
        ErrorKind.Conflict, "recheck.nothing_recorded", "复核任务尚无复核记录，不能完成复核。",
        "The re-check task has no entry yet; it cannot be completed.");

    public static DomainError Invalid(string code, string field, string message, string messageEn) =>
        new(ErrorKind.Invalid, code, $"{field}：{message}", messageEn) { Field = field };
}
