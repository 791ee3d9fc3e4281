using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.CrossChecks;

/// <summary>
/// What the checks across forms read of one form: its header, the execution score against its weight, its indicator
/// rows and how many error findings its latest scorecard has. Read from the stored forms without their history.
/// </summary>
public sealed record CrossCheckForm
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required EvaluationStatus Status { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>A project's form or the department-wide form, for the lists that name it.</summary>
    public FormKind Kind { get; init; } = FormKind.Project;

    /// <summary>实施单位 as written on the form.</summary>
    public string UnitName { get; init; } = "";

    public decimal ExecutionWeight { get; init; }
    public decimal? ExecutionClaimedScore { get; init; }
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }

    /// <summary>Error findings of the latest scorecard; null when the form has not been scored.</summary>
    public int? ScorecardErrors { get; init; }

    /// <summary>Approved or published: its actuals are the previous year's for the next year's form.</summary>
    public bool IsFinal => Status is EvaluationStatus.Approved or EvaluationStatus.Published;

    public static CrossCheckForm From(Evaluation evaluation) => new()
    {
        Id = evaluation.Id,
        FiscalYear = evaluation.FiscalYear,
        UnitId = evaluation.UnitId,
        DepartmentId = evaluation.DepartmentId,
        Status = evaluation.Status,
        ProjectName = evaluation.ProjectName,
        Kind = evaluation.Form.Kind,
        UnitName = evaluation.Form.Header.ImplementingUnit,
        ExecutionWeight = evaluation.Form.Funds.Weight,
        ExecutionClaimedScore = evaluation.Form.Funds.ClaimedScore,
        Indicators = evaluation.Form.Indicators,
        ScorecardErrors = evaluation.Scorecard?.Findings.Count(f => f.Severity == Scoring.Severity.Error),
    };
}
