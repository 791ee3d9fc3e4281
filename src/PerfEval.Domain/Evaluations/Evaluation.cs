using PerfEval.Domain.BudgetAdvice;
using PerfEval.Domain.Common;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Evidence;
using PerfEval.Domain.Forms;
using PerfEval.Domain.Scoring;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Verification;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// The current state of one form, folded from its stream by <see cref="EvaluationEvolution.Evolve"/>.
/// Also the inline snapshot document the API reads.
/// </summary>
public sealed record Evaluation : IStreamSnapshot<Evaluation>
{
    public required Guid Id { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required EvaluationForm Form { get; init; }
    public required EvaluationStatus Status { get; init; }
    public string Source { get; init; } = "api";

    /// <summary>The approved targets the form was made from; their cells are locked (null: not made from targets).</summary>
    public TargetsRef? FromTargets { get; init; }

    /// <summary>How many times the form has been submitted.</summary>
    public int Submissions { get; init; }

    /// <summary>The rule engine's figures and findings for the latest scored submission.</summary>
    public Scorecard? Scorecard { get; init; }

    /// <summary>Which submission <see cref="Scorecard"/> belongs to (0: none scored yet).</summary>
    public int ScoredSubmission { get; init; }

    /// <summary>The review task of the latest submission, if one was opened.</summary>
    public ReviewTaskRef? CurrentTask { get; init; }

    /// <summary>The re-check (复核) task of the latest sample (抽评) that drew the form, if one did.</summary>
    public RecheckTaskRef? RecheckTask { get; init; }

    /// <summary>The text sections of the written self-evaluation report (自评报告), as the unit last saved them.</summary>
    public Report.ReportSections ReportSections { get; init; } = Report.ReportSections.Empty;

    /// <summary>The supporting files (佐证材料) attached to the form and its indicators, oldest first.</summary>
    public IReadOnlyList<EvidenceRef> Evidence { get; init; } = [];

    /// <summary>The files the unit removed (no longer in <see cref="Evidence"/>), so a repeated removal is known as done.</summary>
    public IReadOnlyList<Guid> RemovedEvidenceIds { get; init; } = [];

    /// <summary>Reviewers' comments, of every submission, oldest first.</summary>
    public IReadOnlyList<ReviewComment> Comments { get; init; } = [];

    /// <summary>
    /// The reviewer's score adjustments of the current submission, the latest per cell: the re-check entries
    /// (<see cref="Rechecks"/>) as adjustments, for readers of the earlier shape. Snapshots stored before re-check entries
    /// existed carry only this; reading one turns it into entries (unless the snapshot has entries of its own).
    /// </summary>
    public IReadOnlyList<ScoreAdjustment> Adjustments
    {
        get => Rechecks.Select(r => new ScoreAdjustment(
            r.Target, r.SelfScore, r.VerifiedScore, r.Remark ?? r.ClauseTitle ?? "", r.ReviewerId, r.ReviewerName)).ToList();
        init
        {
            // A stored snapshot lists both, in either order (jsonb sorts keys): the entries win when there are any.
            if (Rechecks.Count == 0)
            {
                Rechecks = value.Select(a => new RecheckEntry(
                    a.Target, Guid.Empty, null, a.ClaimedScore, a.NewScore, null, null, null, [], a.Reason, a.ReviewerId, a.ReviewerName)).ToList();
            }
        }
    }

    /// <summary>The re-check (复核) entries of the current submission, the latest per cell (docs/domain-rules.md#re-check).</summary>
    public IReadOnlyList<RecheckEntry> Rechecks { get; init; } = [];

    /// <summary>Why the form was last sent back (revision requested or reopened).</summary>
    public IReadOnlyList<string> RevisionReasons { get; init; } = [];

    public string? RejectionReason { get; init; }

    /// <summary>Final score and grade, fixed on approval.</summary>
    public decimal? FinalTotal { get; init; }

    public string? FinalGrade { get; init; }

    /// <summary>A manager's override of the form's budget advice (结果应用), the latest; cleared when the form is reopened.</summary>
    public AdviceOverride? AdviceOverride { get; init; }

    /// <summary>Stream version of the last event folded in (the HTTP ETag).</summary>
    public long Version { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The link of the last event in the stream's chain (docs/domain-rules.md#tamper-evident-trail).</summary>
    public string? ChainHead { get; init; }

    public string ProjectName => Form.Header.ProjectName;

    public Evaluation AtVersion(long version, DateTimeOffset createdAt, DateTimeOffset updatedAt, string? chainHead) =>
        this with { Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt, ChainHead = chainHead };

    /// <summary>The total with the reviewer's adjustments in place of the claims they replace.</summary>
    public decimal ReviewedTotal => ReviewFigures.Total(this);

    public string ReviewedGrade => ScoringProfile.Default.GradeOf(ReviewedTotal);

    /// <summary>The verified total, the deviation (偏离度) and the self-evaluation quality (自评质量) of the re-check.</summary>
    public RecheckFigures RecheckFigures => Deviation.Of(this, ScoringProfile.Default);
}

/// <summary>The review task attached to the latest submission.</summary>
public sealed record ReviewTaskRef(
    Guid TaskId,
    int Submission,
    DateOnly? DueDate,
    ReviewTaskStatus Status = ReviewTaskStatus.Open,
    string? AssigneeId = null,
    string? AssigneeName = null);

/// <summary>The re-check task of a form drawn in sample <paramref name="DrawId"/>.</summary>
public sealed record RecheckTaskRef(Guid DrawId, ReviewTaskRef Task);

public sealed record ReviewComment(
    Guid Id, int Submission, string Text, int? IndicatorIndex, string ReviewerId, string ReviewerName);

/// <summary>A reviewer's score for one cell, beside the unit's claim.</summary>
public sealed record ScoreAdjustment(
    ScoreTarget Target, decimal? ClaimedScore, decimal NewScore, string Reason, string ReviewerId, string ReviewerName);
