namespace PerfEval.Domain.Evaluations;

/// <summary>Folds a form's events into its state. Pure: no clock, no I/O.</summary>
public static class EvaluationEvolution
{
    public static Evaluation? Evolve(Evaluation? state, object @event) => @event switch
    {
        EvaluationDrafted e => new Evaluation
        {
            Id = e.EvaluationId,
            UnitId = e.UnitId,
            DepartmentId = e.DepartmentId,
            FiscalYear = e.Form.Header.FiscalYear,
            Form = e.Form,
            Status = EvaluationStatus.Draft,
            Source = e.Source,
        },
        EvaluationContentReplaced e when state is not null => state with
        {
            Form = e.Form,
            FiscalYear = e.Form.Header.FiscalYear,
        },
        EvaluationSubmitted e when state is not null => state with
        {
            Status = EvaluationStatus.Submitted,
            Submissions = e.Submission,
        },
        ReviewTaskOpened e when state is not null => state with
        {
            CurrentTask = new ReviewTaskRef(e.TaskId, e.Submission, e.DueDate),
        },
        _ => state,
    };
}
