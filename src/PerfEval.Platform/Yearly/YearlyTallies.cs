using Marten;
using Npgsql;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// Running tallies of the yearly facts per fiscal year, department and unit, so that the yearly figures read a few
/// hundred small rows instead of deserializing and adding up every form's facts (~2,000 documents for a department
/// of a province, 200,000 for its whole year).
/// </summary>
/// <remarks>
/// <para>
/// A PostgreSQL trigger on the facts table keeps them (<see cref="YearlyTallySchema"/>): whenever the daemon inserts,
/// rewrites or deletes a form's facts, it subtracts the form's previous facts and adds the new ones, in the same
/// transaction as the facts themselves. The trigger sees the previous row whichever way Marten writes it, so the
/// projection stays Marten's own single-stream projection and its rebuild keeps Marten's batching.
/// </para>
/// <para>
/// Each form counts as rows (measure, key, n, amount), the per-form counting the tests' C# oracle checks it against:
/// one form; its status; its three budget figures; the claimed, computed and final totals it has; its grades; its re-check sums (Σ|self − verified| and Σ weights, n = 1 when re-checked); each
/// finding code (n = findings with that code); each indicator below its weight (once per form); and an open or
/// claimed review task under its own due date ("" without one). Overdue depends on today, so it is not tallied:
/// <see cref="ReadAsync"/> judges each due date against today and the year's review due date when it reads.
/// </para>
/// <para>
/// A rebuild writes 200,000 facts; tallying each would add a tally update to every one of them. The rebuild suspends the
/// row trigger (<see cref="SuspendAsync"/>) and counts everything in one set-based statement at the end
/// (<see cref="RecountAsync"/>). Should a rebuild die in between, the next start finds the trigger disabled and
/// the schema migration recreates it and recounts (<see cref="YearlyTallySchema"/>).
/// </para>
/// </remarks>
public static class YearlyTallies
{
    public const string TableName = "yearly_tally";
    public const string RowTrigger = "yearly_tally_row";
    public const string TruncateTrigger = "yearly_tally_truncate";
    internal const string ApplyFunction = "yearly_tally_apply";
    internal const string ClearFunction = "yearly_tally_clear";

    /// <summary>The measures a form's facts are counted under (see <see cref="YearlyTallySchema"/>).</summary>
    internal static class Measures
    {
        public const string Forms = "forms";
        public const string Status = "status";
        public const string Initial = "initial";
        public const string FullYear = "fullYear";
        public const string Executed = "executed";
        public const string Claimed = "claimed";
        public const string Computed = "computed";
        public const string Final = "final";
        public const string ComputedGrade = "computedGrade";
        public const string FinalGrade = "finalGrade";
        public const string Finding = "finding";
        public const string BelowWeight = "belowWeight";
        public const string OpenTasks = "openTasks";
        public const string ClaimedTasks = "claimedTasks";
        public const string RecheckDifference = "recheckDifference";
        public const string RecheckWeights = "recheckWeights";
    }

    /// <summary>
    /// The tallies of a year's units (or a department's), with review tasks judged overdue against
    /// <paramref name="today"/>: the same unit tallies the tests' oracle adds up from the facts.
    /// </summary>
    public static async Task<IReadOnlyList<UnitTally>> ReadAsync(
        IDocumentStore store, int fiscalYear, string? departmentId, DateOnly today, DateOnly? reviewDue, CancellationToken ct)
    {
        var table = Table(store);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select department_id, unit_id, measure, key, n, amount from {table} where fiscal_year = @year"
            + (departmentId is null ? "" : " and department_id = @department")
            + " and n <> 0",
            connection);
        command.Parameters.AddWithValue("year", fiscalYear);
        if (departmentId is not null)
        {
            command.Parameters.AddWithValue("department", departmentId);
        }

        var units = new Dictionary<(string Department, string Unit), FormTally>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var unit = (reader.GetString(0), reader.GetString(1));
                if (!units.TryGetValue(unit, out var tally))
                {
                    units[unit] = tally = new FormTally();
                }

                Count(tally, reader.GetString(2), reader.GetString(3), checked((int)reader.GetInt64(4)), reader.GetDecimal(5), today, reviewDue);
            }
        }

        // A unit whose forms have all moved away keeps rows of zeros; the facts would not show it at all.
        return units.Where(u => u.Value.Forms > 0)
            .Select(u => new UnitTally(u.Key.Department, u.Key.Unit, u.Value))
            .ToList();
    }

    private static void Count(FormTally tally, string measure, string key, int n, decimal amount, DateOnly today, DateOnly? reviewDue)
    {
        switch (measure)
        {
            case Measures.Forms:
                tally.Forms += n;
                break;
            case Measures.Status:
                FormTally.Count(tally.ByStatus, Enum.Parse<EvaluationStatus>(key, ignoreCase: true).ToString(), n);
                break;
            case Measures.Initial:
                tally.Initial += amount;
                break;
            case Measures.FullYear:
                tally.FullYear += amount;
                break;
            case Measures.Executed:
                tally.Executed += amount;
                break;
            case Measures.Claimed:
                tally.ClaimedSum += amount;
                tally.ClaimedCount += n;
                break;
            case Measures.Computed:
                tally.ComputedSum += amount;
                tally.ComputedCount += n;
                break;
            case Measures.Final:
                tally.FinalSum += amount;
                tally.FinalCount += n;
                break;
            case Measures.ComputedGrade:
                FormTally.Count(tally.ComputedGrades, key, n);
                break;
            case Measures.FinalGrade:
                FormTally.Count(tally.FinalGrades, key, n);
                break;
            case Measures.Finding:
                FormTally.Count(tally.FindingsByCode, key, n);
                break;
            case Measures.BelowWeight:
                FormTally.Count(tally.IndicatorsBelowWeight, key, n);
                break;
            case Measures.RecheckDifference:
                tally.RecheckedForms += n;
                tally.RecheckDifference += amount;
                break;
            case Measures.RecheckWeights:
                tally.RecheckWeights += amount;
                break;
            case Measures.OpenTasks:
                tally.AddTasks(ReviewTaskStatus.Open, DueDate(key), n, today, reviewDue);
                break;
            case Measures.ClaimedTasks:
                tally.AddTasks(ReviewTaskStatus.Claimed, DueDate(key), n, today, reviewDue);
                break;
            default:
                throw new InvalidOperationException($"Unknown yearly tally measure '{measure}'.");
        }
    }

    private static DateOnly? DueDate(string key) => key.Length == 0 ? null : DateOnly.ParseExact(key, "yyyy-MM-dd");

    /// <summary>Stops tallying each write to the facts, for a rebuild; <see cref="RecountAsync"/> resumes it.</summary>
    public static Task SuspendAsync(IDocumentStore store, CancellationToken ct) =>
        ExecuteAsync(store, $"alter table {FactsTable(store)} disable trigger {RowTrigger}", ct);

    /// <summary>
    /// Counts every form's facts afresh in one statement and resumes tallying each write. The facts table stays locked
    /// against writes meanwhile (the trigger's enabling takes the lock first), so no write falls between the two.
    /// </summary>
    public static Task RecountAsync(IDocumentStore store, CancellationToken ct) =>
        ExecuteAsync(store, YearlyTallySchema.RecountSql(store.Options.DatabaseSchemaName, FactsTable(store)), ct);

    private static async Task ExecuteAsync(IDocumentStore store, string sql, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static string Table(IDocumentStore store) => $"{store.Options.DatabaseSchemaName}.{TableName}";

    private static string FactsTable(IDocumentStore store) => FactsTable(store.Options);

    /// <summary>The facts table as Marten names it.</summary>
    internal static string FactsTable(IReadOnlyStoreOptions options) => options.Schema.For<YearlyFormFacts>();
}
