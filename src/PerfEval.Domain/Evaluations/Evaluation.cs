using PerfEval.Domain.Forms;

namespace PerfEval.Domain.Evaluations;

/// <summary>
/// The current state of one form, folded from its stream by <see cref="EvaluationEvolution.Evolve"/>.
/// Also the inline snapshot document the API reads.
/// </summary>
public sealed record Evaluation
{
    public required Guid Id { get; init; }
    public required string UnitId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required EvaluationForm Form { get; init; }
    public required EvaluationStatus Status { get; init; }
    public string Source { get; init; } = "api";

    /// <summary>How many times the form has been submitted.</summary>
    public int Submissions { get; init; }

    /// <summary>The review task of the latest submission, if one was opened.</summary>
    public ReviewTaskRef? CurrentTask { get; init; }

    /// <summary>Stream version of the last event folded in (the HTTP ETag).</summary>
    public long Version { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public string ProjectName => Form.Header.ProjectName;
}

/// <summary>The review task attached to a submission.</summary>
public sealed record ReviewTaskRef(Guid TaskId, int Submission, DateOnly? DueDate);
