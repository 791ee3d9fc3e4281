using Marten;
using Npgsql;
using PerfEval.Domain.Targets;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// The year's target declarations counted in the database, one row per department, status, review grade and latest
/// light: a department reads a few rows, not its declarations' documents. The domain's
/// <see cref="TargetAggregation.Of"/> is the same count in C#, which the tests check this against.
/// </summary>
public static class TargetTallies
{
    public static async Task<IReadOnlyList<TargetTally>> ReadAsync(
        IDocumentStore store, int fiscalYear, string? departmentId, CancellationToken ct)
    {
        var table = store.Options.Schema.For<TargetDeclaration>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            select department_id, data->>'status', data->>'reviewGrade', data->'monitoring'->-1->'assessment'->>'light',
                   count(*)::int,
                   coalesce(sum(jsonb_array_length(data->'adjustments')), 0)::int,
                   coalesce(sum((select count(*) from jsonb_array_elements(data->'adjustments') a where a->>'status' = 'Approved')), 0)::int,
                   coalesce(sum((select count(*) from jsonb_array_elements(data->'adjustments') a where a->>'status' = 'Rejected')), 0)::int
            from {table}
            where fiscal_year = @year{(departmentId is null ? "" : " and department_id = @department")}
            group by 1, 2, 3, 4
            """,
            connection);
        command.Parameters.AddWithValue("year", fiscalYear);
        if (departmentId is not null)
        {
            command.Parameters.AddWithValue("department", departmentId);
        }

        var rows = new List<TargetTally>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new TargetTally(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7)));
        }

        return rows;
    }
}
