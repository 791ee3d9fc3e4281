using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Integrity;

namespace PerfEval.Cli.Commands;

/// <summary>
/// Forms' event streams read straight from the event store's table in PostgreSQL (<c>&lt;schema&gt;.mt_events</c>),
/// without the platform: each event's data read back into its domain record by its type name, and its link from the
/// <c>chain-hash</c> metadata header (docs/domain-rules.md#tamper-evident-trail).
/// </summary>
internal sealed class StoredStreams(NpgsqlDataSource source, string schema)
{
    /// <summary>One form's events and its project's name (from its latest content).</summary>
    public sealed record Stream(Guid Id, string ProjectName, IReadOnlyList<StoredEvent> Events);

    /// <summary>How the event store writes data (camelCase, enums by name); read leniently.</summary>
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Event types by their stored name with the underscores taken out, any case (evaluation_approved).</summary>
    private static readonly Dictionary<string, Type> Types = IFormEvent.Types
        .ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    private string Table => $"{Quote(schema)}.mt_events";

    public async Task<Stream?> OneAsync(Guid id, CancellationToken ct)
    {
        var streams = await ReadAsync(
            $"select stream_id, version, type, data::text, headers::text, timestamp from {Table} where stream_id = @id order by version",
            p => p.AddWithValue("id", id),
            ct);
        return streams.Count == 0 ? null : streams[0];
    }

    /// <summary>Every form whose content (drafted or replaced) was for <paramref name="year"/>, in id order.</summary>
    public Task<IReadOnlyList<Stream>> OfYearAsync(int year, CancellationToken ct) =>
        ReadAsync(
            $"""
             select stream_id, version, type, data::text, headers::text, timestamp from {Table}
             where stream_id in (
               select stream_id from {Table}
               where type in ('evaluation_drafted', 'evaluation_content_replaced')
                 and data -> 'form' -> 'header' ->> 'fiscalYear' = @year)
             order by stream_id, version
             """,
            p => p.AddWithValue("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ct);

    private async Task<IReadOnlyList<Stream>> ReadAsync(string sql, Action<NpgsqlParameterCollection> bind, CancellationToken ct)
    {
        await using var command = source.CreateCommand(sql);
        bind(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var streams = new List<Stream>();
        Guid? current = null;
        var events = new List<StoredEvent>();
        var project = "";
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetGuid(0);
            if (current is { } open && open != id)
            {
                streams.Add(new Stream(open, project, events));
                events = [];
                project = "";
            }

            current = id;
            var type = reader.GetString(2);
            if (!Types.TryGetValue(type.Replace("_", "", StringComparison.Ordinal), out var clr))
            {
                throw new InvalidDataException($"Event type '{type}' at version {reader.GetInt64(1)} of {id} is not a form's event.");
            }

            var data = JsonSerializer.Deserialize(reader.GetString(3), clr, Stored)!;
            project = data switch
            {
                EvaluationDrafted d => d.Form.Header.ProjectName,
                EvaluationContentReplaced r => r.Form.Header.ProjectName,
                _ => project,
            };
            var link = reader.IsDBNull(4) ? null : LinkIn(reader.GetString(4));
            events.Add(new StoredEvent(reader.GetInt64(1), data, link, reader.GetFieldValue<DateTimeOffset>(5)));
        }

        if (current is { } last)
        {
            streams.Add(new Stream(last, project, events));
        }

        return streams;
    }

    private static string? LinkIn(string headers)
    {
        using var json = JsonDocument.Parse(headers);
        return json.RootElement.ValueKind == JsonValueKind.Object
               && json.RootElement.TryGetProperty(EventChain.Header, out var link)
               && link.ValueKind == JsonValueKind.String
            ? link.GetString()
            : null;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
