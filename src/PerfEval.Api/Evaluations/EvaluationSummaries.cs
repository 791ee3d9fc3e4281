using Marten;
using PerfEval.Api.Http;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Api.Evaluations;

/// <summary>
/// Writes a page of forms as <see cref="EvaluationSummary"/> JSON, built by PostgreSQL from the stored snapshots.
/// The page's rows are the LINQ query's own (its filters, order, offset and limit); around it, each snapshot is read
/// out of its TOAST storage once (<c>data #> '{}'</c> in a subquery PostgreSQL cannot fold away) and the summary's
/// members are taken from that copy. Taken straight from the column, every member would read and decompress the
/// whole document again: 17 times a row, about five times the cost of sending the whole page.
/// </summary>
public static class EvaluationSummaries
{
    /// <summary>
    /// The summary's members, named as the API names them, each a path into the stored document and, where an older
    /// snapshot may lack it, the JSON it stands for then: a snapshot stored before forms had a kind is a project's form.
    /// A summary is built member by member, so each default sits beside its member here; a list that answers its stored
    /// documents whole (the review queue) puts the defaults under the document instead (<see cref="StoredJsonItems.OptionalMembers{T}"/>).
    /// </summary>
    private static readonly (string Name, string Path, string? Missing)[] Members =
    [
        ("id", "id", null), ("unitId", "unitId", null), ("departmentId", "departmentId", null),
        ("fiscalYear", "fiscalYear", null), ("kind", "form,kind", $"\"{FormKind.Project}\""),
        ("projectName", "form,header,projectName", null), ("competentDepartment", "form,header,competentDepartment", null),
        ("implementingUnit", "form,header,implementingUnit", null), ("status", "status", null),
        ("claimedTotal", "form,claimedTotal", null), ("computedTotal", "scorecard,computedTotal", null),
        ("finalTotal", "finalTotal", null), ("finalGrade", "finalGrade", null), ("submissions", "submissions", null),
        ("version", "version", null), ("createdAt", "createdAt", null), ("updatedAt", "updatedAt", null),
    ];

    private static readonly string Summary = "jsonb_build_object(" + string.Join(", ", Members.Select(m =>
        m.Missing is null
            ? $"'{m.Name}', one.doc #> '{{{m.Path}}}'"
            : $"'{m.Name}', coalesce(one.doc #> '{{{m.Path}}}', '{m.Missing}')")) + ")";

    /// <summary>
    /// Writes the rows of <paramref name="page"/> (forms, already filtered, ordered and cut to a page) as a JSON array of
    /// summaries, and returns how many forms <paramref name="all"/> (the same forms uncut) holds.
    /// </summary>
    public static Task<long> WriteArrayAsync(
        IQuerySession session, IQueryable<Evaluation> all, IQueryable<Evaluation> page, Stream items, CancellationToken ct) =>
        StoredJsonItems.WriteAsync(session, all, page, rows =>
            $"select {Summary} from ({rows}) as page cross join lateral (select page.data #> '{{}}' as doc offset 0) as one",
            items, ct);
}
