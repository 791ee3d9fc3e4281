using Marten;
using Npgsql;
using PerfEval.Domain.Yearly;

namespace PerfEval.Platform.Yearly;

/// <summary>
/// Keeps a department's <see cref="YearlyFormFacts"/> rows next to each other in the table. A rebuild writes the
/// facts in event order, so a department's 2,000 forms of a province's year lie on some 1,900 different pages and
/// reading them took ~50 ms in PostgreSQL alone on a busy machine; clustered on the department's index they fill
/// ~200 neighbouring pages and the same read takes ~1 ms. PostgreSQL's CLUSTER rewrites the table once (seconds for
/// 200,000 rows, with the table locked meanwhile); rows the daemon rewrites afterwards go wherever there is room, so
/// the order holds until the next rebuild (or the next clustering).
/// </summary>
public static class YearlyFactsLayout
{
    /// <summary>The index of the department column duplicated by <see cref="Management.ManagementSetup"/>.</summary>
    public const string DepartmentIndex = "mt_doc_yearlyformfacts_idx_department_id";

    public static async Task ClusterByDepartmentAsync(IDocumentStore store, CancellationToken ct)
    {
        var table = ((IReadOnlyStoreOptions)store.Options).Schema.For<YearlyFormFacts>();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"CLUSTER {table} USING {DepartmentIndex}; ANALYZE {table};", connection)
        {
            CommandTimeout = 0,
        };
        await command.ExecuteNonQueryAsync(ct);
    }
}
