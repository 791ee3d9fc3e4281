using Npgsql;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// What the platform wrote, counted per form straight from the event store: review tasks, ReviewTaskOpened events and
/// "review task opened" notifications.
/// </summary>
public sealed class Ledger(Scenario scenario)
{
    public record Counts(
        IReadOnlyDictionary<Guid, long> Tasks, IReadOnlyDictionary<Guid, long> Opened, IReadOnlyDictionary<Guid, long> Notified)
    {
        public long Total(IReadOnlyDictionary<Guid, long> of, IReadOnlyCollection<Guid> forms) =>
            forms.Sum(f => of.GetValueOrDefault(f));

        public string Describe(IReadOnlyCollection<Guid> forms) =>
            $"{forms.Count} forms: {Total(Tasks, forms)} review tasks, {Total(Opened, forms)} ReviewTaskOpened events, " +
            $"{Total(Notified, forms)} notifications";

        public bool AllOnce(IReadOnlyCollection<Guid> forms) =>
            forms.All(f => Tasks.GetValueOrDefault(f) == 1 && Opened.GetValueOrDefault(f) == 1 &&
                           Notified.GetValueOrDefault(f) == 1);

        public bool AnyMoreThanOnce =>
            Tasks.Values.Any(n => n > 1) || Opened.Values.Any(n => n > 1) || Notified.Values.Any(n => n > 1);
    }

    public async Task<Counts> ReadAsync()
    {
        await using var connection = await scenario.OpenDatabaseAsync();
        var s = scenario.Schema;
        return new Counts(
            await PerForm(connection, $"select (data->>'evaluationId')::uuid, count(*) from {s}.mt_doc_reviewtask group by 1"),
            await PerForm(connection, $"select stream_id, count(*) from {s}.mt_events where type = 'review_task_opened' group by 1"),
            await PerForm(connection,
                $"select (data->>'evaluationId')::uuid, count(*) from {s}.mt_doc_notification " +
                "where data->>'kind' = 'review-task-opened' group by 1"));
    }

    /// <summary>Waits until every form has its task, event and notification, then checks each is there exactly once.</summary>
    public async Task<Counts> WaitUntilAllOnceAsync(IReadOnlyCollection<Guid> forms, TimeSpan timeout)
    {
        Counts? last = null;
        await Eventually.Until(async () =>
            {
                last = await ReadAsync();
                return forms.All(f => last.Tasks.ContainsKey(f) && last.Opened.ContainsKey(f) && last.Notified.ContainsKey(f));
            }, "a review task, a ReviewTaskOpened event and a notification for every form", timeout,
            async () => (last?.Describe(forms) ?? "nothing") + await scenario.DiagnoseAsync() + scenario.Tails());

        // Late duplicates would come from redelivered or republished messages already in flight: let the queues drain.
        await Eventually.Until(async () => (await scenario.QueueState(scenario.IntakeQueue)).Messages == 0,
            "the intake queue to drain", TimeSpan.FromSeconds(60));
        return await ReadAsync();
    }

    private static async Task<IReadOnlyDictionary<Guid, long>> PerForm(NpgsqlConnection connection, string sql)
    {
        var counts = new Dictionary<Guid, long>();
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                counts[reader.GetGuid(0)] = reader.GetInt64(1);
            }
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            // The table is created with the first document of its kind.
        }

        return counts;
    }
}
