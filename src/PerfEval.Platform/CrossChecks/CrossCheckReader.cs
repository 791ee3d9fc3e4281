using System.Text.Json;
using Marten;
using Npgsql;
using PerfEval.Domain.CrossChecks;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Forms;

namespace PerfEval.Platform.CrossChecks;

/// <summary>
/// Reads what the checks across forms compare straight from the stored forms' JSON, without loading the documents:
/// header and kind, execution score and weight, the indicator rows, and the count of error findings of the latest scorecard.
/// </summary>
public static class CrossCheckReader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The year's forms in order of id, read in two halves at once (by a hash of the id) so that the database takes
    /// the documents apart on two cores while this process parses the rows.
    /// </summary>
    /// <param name="finalOnly">Only approved and published forms (the previous year's); otherwise every form past its draft.</param>
    public static async Task<IReadOnlyList<CrossCheckForm>> ReadAsync(
        IDocumentStore store, int fiscalYear, bool finalOnly, CancellationToken ct)
    {
        var halves = await Task.WhenAll(ReadHalfAsync(store, fiscalYear, finalOnly, 0, ct), ReadHalfAsync(store, fiscalYear, finalOnly, 1, ct));
        var forms = halves[0];
        forms.AddRange(halves[1]);
        forms.Sort((a, b) => a.Id.CompareTo(b.Id));
        return forms;
    }

    private static async Task<List<CrossCheckForm>> ReadHalfAsync(
        IDocumentStore store, int fiscalYear, bool finalOnly, int half, CancellationToken ct)
    {
        var table = ((IReadOnlyStoreOptions)store.Options).Schema.For<Evaluation>();
        var statuses = finalOnly
            ? "('Approved', 'Published')"
            : "('Submitted', 'InReview', 'RevisionRequested', 'Approved', 'Rejected', 'Published')";
        // The document is taken apart once (jsonb_to_record): each "data -> …" would decompress it again.
        var sql = $"""
            select d.id, j."unitId", j."departmentId", j.status,
                   j.form -> 'header' ->> 'projectName',
                   j.form -> 'header' ->> 'implementingUnit',
                   (j.form -> 'funds' ->> 'weight')::numeric,
                   (j.form -> 'funds' ->> 'claimedScore')::numeric,
                   (j.form -> 'indicators')::text,
                   case when jsonb_typeof(j.scorecard) = 'object' then
                       (select count(*)::int from jsonb_array_elements(j.scorecard -> 'findings') f
                        where f ->> 'severity' = 'Error')
                   end,
                   j.form ->> 'kind'
            from {table} d
            cross join lateral jsonb_to_record(d.data)
                as j("unitId" text, "departmentId" text, status text, form jsonb, scorecard jsonb)
            where CAST(d.data ->> 'fiscalYear' as integer) = @year and (hashtext(d.id::text) & 1) = @half
              and j.status in {statuses}
            """;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("year", fiscalYear);
        command.Parameters.AddWithValue("half", half);
        var forms = new List<CrossCheckForm>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            forms.Add(new CrossCheckForm
            {
                Id = reader.GetGuid(0),
                FiscalYear = fiscalYear,
                UnitId = reader.GetString(1),
                DepartmentId = reader.GetString(2),
                Status = Enum.Parse<EvaluationStatus>(reader.GetString(3)),
                ProjectName = reader.IsDBNull(4) ? "" : reader.GetString(4),
                UnitName = reader.IsDBNull(5) ? "" : reader.GetString(5),
                ExecutionWeight = reader.IsDBNull(6) ? 0m : reader.GetDecimal(6),
                ExecutionClaimedScore = reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                Indicators = reader.IsDBNull(8) ? [] : JsonSerializer.Deserialize<IndicatorRow[]>(reader.GetString(8), Json) ?? [],
                ScorecardErrors = reader.IsDBNull(9) ? null : reader.GetInt32(9),
                Kind = !reader.IsDBNull(10) && FormKinds.TryParse(reader.GetString(10), out var kind) ? kind : FormKind.Project,
            });
        }

        return forms;
    }
}
