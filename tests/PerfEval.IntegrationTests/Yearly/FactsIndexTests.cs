using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.IntegrationTests.Infrastructure;

namespace PerfEval.IntegrationTests.Yearly;

/// <summary>
/// A form's yearly facts are rewritten several times per submission. An index that read the document's JSON would
/// turn each rewrite into a non-HOT update that adds to every index of the table (measured: submit → task visible p95
/// 295–314 ms at 100/s against 83–90 ms, docs/performance.md#round-10); the indexes stay on columns.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FactsIndexTests(PlatformFixture platform)
{
    [Fact]
    public async Task No_index_of_the_yearly_facts_reads_the_documents_JSON()
    {
        var store = platform.Services.GetRequiredService<IDocumentStore>();
        var table = store.Options.Schema.For<Domain.Yearly.YearlyFormFacts>();
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select indexname, indexdef from pg_indexes where schemaname || '.' || tablename = @table", connection);
        command.Parameters.AddWithValue("table", table);
        var indexes = new List<(string Name, string Definition)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Contains(indexes, i => i.Name == PerfEval.Platform.Yearly.YearlyFiguresQuery.DepartmentWideFactsIndex);
        Assert.All(indexes, i => Assert.DoesNotContain("data", i.Definition, StringComparison.Ordinal));
    }
}
