using Marten;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// Reads the <see cref="YearlyFormFacts"/> table with SQL instead of loading its documents: PostgreSQL counts and
/// sums a year's facts per department and unit, and streams the columns of the year-end report's rows. The facts'
/// year and department are duplicated into indexed columns (<see cref="Management.ManagementSetup"/>); the other
/// fields are read from the JSON as the store writes it (camelCase names, enums as their names).
/// </summary>
public sealed class YearlyFactsSql(IDocumentStore store)
{
    public const string FiscalYearColumn = "fiscal_year";
    public const string DepartmentColumn = "department_id";

    /// <summary>The projection's table, schema-qualified (the store's read-only view of its options names it).</summary>
    private string Table => ((IReadOnlyStoreOptions)store.Options).Schema.For<YearlyFormFacts>();

    /// <summary>The tallies of the year's (or one department's) forms, one per department and unit.</summary>
    public async Task<IReadOnlyList<UnitTally>> UnitTalliesAsync(
        int fiscalYear, string? departmentId, DateOnly today, DateOnly? reviewDue, CancellationToken ct)
    {
        var where = $"{FiscalYearColumn} = @year" + (departmentId is null ? "" : $" AND {DepartmentColumn} = @department");
        var sums = $"""
            SELECT {DepartmentColumn}, data->>'unitId', count(*)::int,
                   coalesce(sum((data->>'initialBudget')::numeric), 0),
                   coalesce(sum((data->>'fullYearBudget')::numeric), 0),
                   coalesce(sum((data->>'executed')::numeric), 0),
                   coalesce(sum((data->>'claimedTotal')::numeric), 0), count(data->>'claimedTotal')::int,
                   coalesce(sum((data->>'computedTotal')::numeric), 0), count(data->>'computedTotal')::int,
                   coalesce(sum((data->>'finalTotal')::numeric), 0), count(data->>'finalTotal')::int,
                   count(*) FILTER (WHERE data->>'taskStatus' = 'Open')::int,
                   count(*) FILTER (WHERE data->>'taskStatus' NOT IN ('Open', 'Done'))::int,
                   count(*) FILTER (WHERE data->>'taskStatus' <> 'Done'
                                      AND coalesce((data->>'taskDueDate')::date, @reviewDue) < @today)::int
            FROM {Table} WHERE {where}
            GROUP BY 1, 2
            """;
        // Counts by key: 0 status, 1 computed grade, 2 final grade, 3 finding code (each finding), 4 indicator below
        // its weight (once per form).
        var counts = $"""
            WITH f AS MATERIALIZED (SELECT id, {DepartmentColumn} AS d, data->>'unitId' AS u, data FROM {Table} WHERE {where})
            SELECT d, u, 0, data->>'status', count(*)::int FROM f GROUP BY 1, 2, 4
            UNION ALL
            SELECT d, u, 1, data->>'computedGrade', count(*)::int FROM f WHERE data->>'computedGrade' IS NOT NULL GROUP BY 1, 2, 4
            UNION ALL
            SELECT d, u, 2, data->>'finalGrade', count(*)::int FROM f WHERE data->>'finalGrade' IS NOT NULL GROUP BY 1, 2, 4
            UNION ALL
            SELECT d, u, 3, code, count(*)::int FROM f, jsonb_array_elements_text(f.data->'findingCodes') AS code GROUP BY 1, 2, 4
            UNION ALL
            SELECT d, u, 4, name, count(*)::int FROM (
                SELECT DISTINCT f.id, d, u, name FROM f, jsonb_array_elements_text(f.data->'indicatorsBelowWeight') AS name) AS i
            GROUP BY 1, 2, 4
            """;

        await using var connection = await OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(sums, fiscalYear, departmentId, today, reviewDue));
        batch.BatchCommands.Add(Command(counts, fiscalYear, departmentId, today, reviewDue));
        await using var reader = await batch.ExecuteReaderAsync(ct);

        var units = new Dictionary<(string, string), FormTally>();
        FormTally For(string d, string u) => units.TryGetValue((d, u), out var t) ? t : units[(d, u)] = new FormTally();
        while (await reader.ReadAsync(ct))
        {
            var t = For(reader.GetString(0), reader.GetString(1));
            t.Forms += reader.GetInt32(2);
            t.Initial += reader.GetDecimal(3);
            t.FullYear += reader.GetDecimal(4);
            t.Executed += reader.GetDecimal(5);
            t.ClaimedSum += reader.GetDecimal(6);
            t.ClaimedCount += reader.GetInt32(7);
            t.ComputedSum += reader.GetDecimal(8);
            t.ComputedCount += reader.GetInt32(9);
            t.FinalSum += reader.GetDecimal(10);
            t.FinalCount += reader.GetInt32(11);
            t.OpenTasks += reader.GetInt32(12);
            t.ClaimedTasks += reader.GetInt32(13);
            t.OverdueTasks += reader.GetInt32(14);
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var t = For(reader.GetString(0), reader.GetString(1));
            var into = reader.GetInt32(2) switch
            {
                0 => t.ByStatus,
                1 => t.ComputedGrades,
                2 => t.FinalGrades,
                3 => t.FindingsByCode,
                _ => t.IndicatorsBelowWeight,
            };
            FormTally.Count(into, reader.GetString(3), reader.GetInt32(4));
        }

        return units.Select(kv => new UnitTally(kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList();
    }

    /// <summary>The year's forms as report rows with their finding codes, in no particular order, streamed.</summary>
    public async IAsyncEnumerable<(YearReportFormRow Row, IReadOnlyList<string> FindingCodes)> FormRowsAsync(
        int fiscalYear, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var sql = $"""
            SELECT id, {DepartmentColumn}, data->>'unitId', data->>'projectName', data->>'status',
                   (data->>'initialBudget')::numeric, (data->>'fullYearBudget')::numeric, (data->>'executed')::numeric,
                   (data->>'claimedTotal')::numeric, data->>'claimedGrade',
                   (data->>'computedTotal')::numeric, data->>'computedGrade',
                   (data->>'finalTotal')::numeric, data->>'finalGrade',
                   ARRAY(SELECT jsonb_array_elements_text(data->'findingCodes'))
            FROM {Table} WHERE {FiscalYearColumn} = @year
            """;
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<int>("year", fiscalYear));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var codes = reader.GetFieldValue<string[]>(14);
            yield return (new YearReportFormRow(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Decimal(reader, 5), Decimal(reader, 6), Decimal(reader, 7),
                Decimal(reader, 8), Text(reader, 9), Decimal(reader, 10), Text(reader, 11), Decimal(reader, 12), Text(reader, 13),
                codes.Length), codes);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    private static NpgsqlBatchCommand Command(string sql, int fiscalYear, string? departmentId, DateOnly today, DateOnly? reviewDue)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<int>("year", fiscalYear));
        command.Parameters.Add(new NpgsqlParameter("department", NpgsqlDbType.Text) { Value = (object?)departmentId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("today", today));
        command.Parameters.Add(new NpgsqlParameter("reviewDue", NpgsqlDbType.Date) { Value = (object?)reviewDue ?? DBNull.Value });
        return command;
    }

    private static decimal? Decimal(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDecimal(i);

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
