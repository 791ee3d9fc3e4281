using Marten;
using Npgsql;
using NpgsqlTypes;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Sampling;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Sampling;

/// <summary>A unit's 偏离度 of a year, a share in [0, 1], for the risk score (units with no re-checked form: none).</summary>
public interface IUnitDeviations
{
    Task<IReadOnlyDictionary<string, decimal>> ForYearAsync(int fiscalYear, CancellationToken ct);
}

/// <summary>
/// Each unit's deviation of a year from the yearly facts: Σ|self − verified| ÷ Σ weights over its forms with at
/// least one re-check entry (docs/domain-rules.md#deviation), summed in the database.
/// </summary>
public sealed class UnitDeviationsFromFacts(IDocumentStore store) : IUnitDeviations
{
    public async Task<IReadOnlyDictionary<string, decimal>> ForYearAsync(int fiscalYear, CancellationToken ct)
    {
        var facts = store.Options.Schema.For<YearlyFormFacts>();
        var sql = $"""
            select data->>'unitId', sum((data->>'recheckDifference')::numeric), sum((data->>'weights')::numeric)
            from {facts}
            where fiscal_year = @year and data->>'recheckDifference' is not null
            group by data->>'unitId'
            """;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        command.Parameters.AddWithValue("year", fiscalYear);
        var deviations = new Dictionary<string, decimal>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var weights = reader.IsDBNull(2) ? 0m : reader.GetDecimal(2);
            if (weights > 0)
            {
                deviations[reader.GetString(0)] = Math.Min(1m, reader.GetDecimal(1) / weights);
            }
        }

        return deviations;
    }
}

/// <summary>
/// Reads a draw's population fast: never the forms (5 KB each), but a projection in SQL of the few fields of the
/// yearly facts it needs (status, department, unit, 全年预算数, finding codes, version), with the findings across forms
/// counted by severity in the database. Projects' forms only (<see cref="SampleFilters.DrawnKind"/>), filtered on the
/// facts' <c>kind</c> column, not on the JSON (empty in facts folded before forms had a kind: those are projects).
/// The facts are an async projection, so the population is the year as the facts had it at the draw; its hash records
/// exactly that.
/// </summary>
public sealed class SamplePopulationQuery(IDocumentStore store, IUnitDeviations deviations)
{
    public async Task<IReadOnlyList<Candidate>> ReadAsync(int fiscalYear, SampleFilters filters, RiskWeights weights, CancellationToken ct)
    {
        var previous = await deviations.ForYearAsync(fiscalYear - 1, ct);
        var cross = await CrossFindingsAsync(fiscalYear, ct);
        var facts = store.Options.Schema.For<YearlyFormFacts>();
        var sql = $"""
            select id, (data->>'version')::bigint, department_id, data->>'unitId', data->>'projectName',
                   (data->>'fullYearBudget')::numeric,
                   data->>'findingCodes'
            from {facts}
            where fiscal_year = @year and coalesce(kind, 'Project') = @kind and data->>'status' = any(@statuses)
            {(filters.DepartmentIds.Count > 0 ? "and department_id = any(@departments)" : "")}
            {(filters.MinAmount is null ? "" : "and (data->>'fullYearBudget')::numeric >= @min")}
            {(filters.MaxAmount is null ? "" : "and (data->>'fullYearBudget')::numeric <= @max")}
            """;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        command.Parameters.AddWithValue("year", fiscalYear);
        command.Parameters.AddWithValue("kind", SampleFilters.DrawnKind.ToString());
        command.Parameters.AddWithValue("statuses", NpgsqlDbType.Array | NpgsqlDbType.Text, filters.Statuses.Select(s => s.ToString()).ToArray());
        command.Parameters.AddWithValue("departments", NpgsqlDbType.Array | NpgsqlDbType.Text, filters.DepartmentIds.ToArray());
        command.Parameters.AddWithValue("min", NpgsqlDbType.Numeric, (object?)filters.MinAmount ?? DBNull.Value);
        command.Parameters.AddWithValue("max", NpgsqlDbType.Numeric, (object?)filters.MaxAmount ?? DBNull.Value);

        var candidates = new List<Candidate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            var unit = reader.GetString(3);
            decimal? amount = reader.IsDBNull(5) ? null : reader.GetDecimal(5);
            var risk = RiskScore.Of(
                new RiskInputs(
                    amount,
                    reader.IsDBNull(6) ? FindingCounts.None : FindingCounts.OfJsonArray(reader.GetString(6)),
                    cross.GetValueOrDefault(id),
                    previous.TryGetValue(unit, out var d) ? d : null),
                weights);
            candidates.Add(new Candidate(
                new PopulationMember(id, reader.GetInt64(1), reader.GetString(2), unit, amount, risk.Score),
                reader.GetString(4), risk));
        }

        return candidates;
    }

    /// <summary>Each checked form's findings across forms and years by severity, counted in the database.</summary>
    private async Task<Dictionary<Guid, FindingCounts>> CrossFindingsAsync(int fiscalYear, CancellationToken ct)
    {
        var table = store.Options.Schema.For<CrossCheckResult>();
        var sql = $"""
            select c.id,
                   count(*) filter (where f->'finding'->>'severity' = 'Error')::int,
                   count(*) filter (where f->'finding'->>'severity' = 'Warning')::int,
                   count(*) filter (where f->'finding'->>'severity' = 'Info')::int
            from {table} c cross join lateral jsonb_array_elements(c.data->'findings') f
            where (c.data->>'fiscalYear')::int = @year
            group by c.id
            """;
        var counts = new Dictionary<Guid, FindingCounts>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 120 };
        command.Parameters.AddWithValue("year", fiscalYear);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[reader.GetGuid(0)] = new FindingCounts(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }

        return counts;
    }
}
