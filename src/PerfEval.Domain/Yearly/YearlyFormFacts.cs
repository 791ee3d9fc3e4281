using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Yearly;

/// <summary>
/// The figures of one form that the yearly picture adds up: kept small (no form content) so that a year of a
/// province's forms can be read and summed quickly. One document per form, folded from its stream.
/// </summary>
public sealed record YearlyFormFacts
{
    public required Guid Id { get; init; }
    public required int FiscalYear { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>A project's form or the department-wide form (counted apart in the yearly figures).</summary>
    public FormKind Kind { get; init; } = FormKind.Project;
    public required EvaluationStatus Status { get; init; }

    /// <summary>年初预算数, 全年预算数, 全年执行数 of the funds' total row (万元).</summary>
    public decimal? InitialBudget { get; init; }
    public decimal? FullYearBudget { get; init; }
    public decimal? Executed { get; init; }

    /// <summary>总分 and 评分等级 as the unit printed them.</summary>
    public decimal? ClaimedTotal { get; init; }
    public string? ClaimedGrade { get; init; }

    /// <summary>The rule engine's total and grade of the latest scored submission.</summary>
    public decimal? ComputedTotal { get; init; }
    public string? ComputedGrade { get; init; }

    /// <summary>Fixed on approval; cleared when the form is submitted again or reopened.</summary>
    public decimal? FinalTotal { get; init; }
    public string? FinalGrade { get; init; }

    /// <summary>The code of each finding of the latest scorecard (a code appears once per finding).</summary>
    public IReadOnlyList<string> FindingCodes { get; init; } = [];

    /// <summary>Names of the indicators the rules score below their weight in the latest scorecard.</summary>
    public IReadOnlyList<string> IndicatorsBelowWeight { get; init; } = [];

    /// <summary>Σ weights of the execution line and every indicator: the denominator of the deviation (偏离度).</summary>
    public decimal Weights { get; init; }

    /// <summary>|self score − verified score| of each re-checked cell of the current submission, by the cell's path.</summary>
    public IReadOnlyDictionary<string, decimal> RecheckDifferences { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Σ|self − verified| over the re-checked cells; null while none is re-checked (the form is not counted).</summary>
    public decimal? RecheckDifference => RecheckDifferences.Count == 0 ? null : RecheckDifferences.Values.Sum();

    public Guid? TaskId { get; init; }
    public ReviewTaskStatus? TaskStatus { get; init; }
    public DateOnly? TaskDueDate { get; init; }
    public string? TaskAssigneeId { get; init; }

    public long Version { get; init; }
}
