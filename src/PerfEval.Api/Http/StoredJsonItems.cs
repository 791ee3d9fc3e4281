using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marten;
using Marten.Internal.Sessions;
using Marten.Linq;
using Npgsql;

namespace PerfEval.Api.Http;

/// <summary>
/// A list page's items as JSON PostgreSQL builds from the stored documents, for <see cref="Paging.StoredJsonPageAsync{T}"/>:
/// the page's rows come from the LINQ query (scope, filters, order, offset, limit; Marten's <c>ToCommand</c>), SQL
/// around it turns each row into one item, and the count of the whole list goes with it in the same round trip.
/// </summary>
public static class StoredJsonItems
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// Writes the rows of <paramref name="page"/> as a JSON array, each the one value <paramref name="item"/> selects
    /// from the page's query (given as SQL, its rows named <c>page</c>), and returns how many rows <paramref name="all"/>
    /// holds.
    /// </summary>
    public static async Task<long> WriteAsync<T>(
        IQuerySession session, IQueryable<T> all, IQueryable<T> page, Func<string, string> item, Stream items,
        CancellationToken ct)
        where T : notnull
    {
        await using var pageCommand = page.ToCommand(FetchType.FetchMany);
        await using var countCommand = all.ToCommand(FetchType.Count);
        await using var batch = new NpgsqlBatch();
        batch.BatchCommands.Add(Statement(item(pageCommand.CommandText.TrimEnd().TrimEnd(';')), pageCommand));
        batch.BatchCommands.Add(Statement(countCommand.CommandText, countCommand));
        await using var reader = (NpgsqlDataReader)await ((QuerySession)session).ExecuteReaderAsync(batch, ct);
        var first = true;
        items.WriteByte((byte)'[');
        while (await reader.ReadAsync(ct))
        {
            if (!first)
            {
                items.WriteByte((byte)',');
            }

            first = false;
            await using var json = await reader.GetStreamAsync(0, ct);
            // jsonb's binary form starts with its format version (1), then the text.
            var version = json.ReadByte();
            if (version is not 1 and not -1)
            {
                items.WriteByte((byte)version);
            }

            await json.CopyToAsync(items, ct);
        }

        items.WriteByte((byte)']');
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The members of <typeparamref name="T"/> that are not required, as the API names them, at the values
    /// <paramref name="blank"/> has (the type's defaults), to put under a stored document: a document stored before one
    /// of them existed then reads as the typed answer would.
    /// </summary>
    public static MemberDefaults OptionalMembers<T>(T blank)
    {
        var json = JsonSerializer.SerializeToNode(blank, Json)!.AsObject();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null)
            {
                json.Remove(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            }
        }

        return new MemberDefaults([.. json.Select(m => m.Key)], json.ToJsonString());
    }

    /// <summary>Members' names and their defaults as one JSON object.</summary>
    public sealed record MemberDefaults(IReadOnlyList<string> Names, string Json)
    {
        /// <summary>
        /// SQL for <paramref name="document"/> (a jsonb expression) with the defaults under it. A document that has every
        /// member, as every document stored since they all exist, is taken as it is: the check costs a few percent of
        /// a page of 200 tasks, merging every document nearly half.
        /// </summary>
        public string Under(string document) =>
            $"case when {document} ?& array[{string.Join(", ", Names.Select(Literal))}] then {document} " +
            $"else {Literal(Json)}::jsonb || {document} end";

        private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A statement of the batch, with the parameters LINQ gave <paramref name="command"/> (moved, not copied).</summary>
    private static NpgsqlBatchCommand Statement(string sql, NpgsqlCommand command)
    {
        var statement = new NpgsqlBatchCommand(sql);
        foreach (var parameter in command.Parameters.ToArray())
        {
            command.Parameters.Remove(parameter);
            statement.Parameters.Add(parameter);
        }

        return statement;
    }
}
