using Npgsql;
using PerfEval.Domain.Evaluations;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// One department-wide form per department and year: a unique index on the forms' snapshots
/// (<see cref="ReadModelIndexes"/>), and the recognition of its clash when a write would make a second one.
/// </summary>
public static class DepartmentWideForms
{
    public const string IndexName = "mt_doc_evaluation_department_wide_once";

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) is the index refusing a second form.</summary>
    public static bool IsClash(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IndexName })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The refusal of a write the index turned down, naming the year of the form the write carried.</summary>
    public static DomainError Refusal(IEnumerable<object> events) =>
        EvaluationErrors.DepartmentWideExists(events
            .Select(e => e switch
            {
                EvaluationDrafted d => d.Form.Header.FiscalYear,
                EvaluationContentReplaced r => r.Form.Header.FiscalYear,
                _ => (int?)null,
            })
            .FirstOrDefault(y => y is not null) ?? 0);
}
