using Marten;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Review;

namespace PerfEval.Platform.EventStore;

/// <summary>
/// Columns and indexes of the forms' snapshots and the review queue for the lists the API serves. The members the
/// lists filter and sort on are duplicated into columns, so a page is read in index order and stops after its rows,
/// instead of extracting the sort key from every matching document's JSON and sorting them all.
/// </summary>
public static class ReadModelIndexes
{
    public static void Configure(StoreOptions options)
    {
        // GET /api/evaluations: a unit's forms, a reviewer's departments' forms, or all (managers); oldest first.
        // Each duplicated column's index leads with the filter and carries the sort (created, then id for ties).
        options.Schema.For<Evaluation>()
            .Duplicate(x => x.UnitId, configure: i => i.Columns = ["unit_id", "created_at", "id"])
            .Duplicate(x => x.DepartmentId, configure: i => i.Columns = ["department_id", "created_at", "id"])
            .Duplicate(x => x.CreatedAt, configure: i => i.Columns = ["created_at", "id"])
            .Index(x => x.FiscalYear);

        // GET /api/review-tasks: a reviewer's departments' tasks, usually the open ones, oldest first.
        options.Schema.For<ReviewTask>()
            .Duplicate(x => x.DepartmentId, configure: i => i.Columns = ["department_id", "status", "opened_at", "id"])
            .Duplicate(x => x.Status, configure: i => i.Columns = ["status", "opened_at"])
            .Duplicate(x => x.OpenedAt, configure: i => i.Columns = ["opened_at", "id"]);
    }
}
