using System.Data;
using Marten;
using Npgsql;
using NpgsqlTypes;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace PerfEval.Platform.Evidence;

/// <summary>
/// The bytes of the supporting files (佐证材料), one row per file in the store's schema, beside the form's stream
/// that records each file's reference and SHA-256. Streamed both ways: written from a staged file through a stream
/// parameter, read with sequential access, so no file is ever whole in memory.
/// </summary>
public sealed class EvidenceFiles(IDocumentStore store)
{
    public const string TableName = "pe_evidence_files";

    private string Table => $"{store.Options.DatabaseSchemaName}.{TableName}";

    /// <summary>The table, created with the rest of the store's schema on start (if missing).</summary>
    public static void Configure(StoreOptions options)
    {
        var table = new Table(new PostgresqlObjectName(options.DatabaseSchemaName, TableName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn<Guid>("evaluation_id").NotNull();
        table.AddColumn<long>("size").NotNull();
        table.AddColumn<string>("sha256").NotNull();
        table.AddColumn("content", "bytea").NotNull();
        table.AddColumn("stored_at", "timestamp with time zone").NotNull().DefaultValueByExpression("now()");
        table.ModifyColumn("evaluation_id").AddIndex();
        options.Storage.ExtendedSchemaObjects.Add(table);
    }

    /// <summary>Stores a file's bytes, read from <paramref name="content"/> (from its position to its end).</summary>
    public async Task InsertAsync(Guid id, Guid evaluationId, Stream content, long size, string sha256, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"insert into {Table} (id, evaluation_id, size, sha256, content) values ($1, $2, $3, $4, $5)", connection)
        {
            Parameters =
            {
                new() { Value = id },
                new() { Value = evaluationId },
                new() { Value = size },
                new() { Value = sha256 },
                new() { Value = content, NpgsqlDbType = NpgsqlDbType.Bytea },
            },
        };
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Removes a file's bytes (a refused or failed attachment); not cancellable, so a cleanup always runs.</summary>
    public async Task DeleteAsync(Guid id)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand($"delete from {Table} where id = $1", connection)
        {
            Parameters = { new() { Value = id } },
        };
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>
    /// Copies a form's file into <paramref name="target"/> as it arrives from the database; false when there is no
    /// such file (nothing was written then).
    /// </summary>
    public async Task<bool> CopyToAsync(Guid id, Guid evaluationId, Func<Stream> target, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select content from {Table} where id = $1 and evaluation_id = $2", connection)
        {
            Parameters = { new() { Value = id }, new() { Value = evaluationId } },
        };
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        if (!await reader.ReadAsync(ct))
        {
            return false;
        }

        await using var content = reader.GetStream(0);
        await content.CopyToAsync(target(), ct);
        return true;
    }

    /// <summary>How many files a form has stored (the tests check that a refused upload left none).</summary>
    public async Task<long> CountAsync(Guid evaluationId, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"select count(*) from {Table} where evaluation_id = $1", connection)
        {
            Parameters = { new() { Value = evaluationId } },
        };
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
