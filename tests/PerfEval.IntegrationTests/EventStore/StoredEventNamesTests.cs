using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Evaluations.Review;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Hosting;
using PerfEval.Platform.Messaging;
using PerfEval.Worker.Notifications;
using PerfEval.Worker.Submissions;

namespace PerfEval.IntegrationTests.EventStore;

/// <summary>Names that outlive the code's layout: stored event types and the consumers' queues.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StoredEventNamesTests(PlatformFixture platform)
{
    /// <summary>
    /// Events are stored with their .NET type's full name beside their event name. A stream written before a type
    /// moved to another namespace (the review's events once lived in PerfEval.Domain.Evaluations) must still read.
    /// </summary>
    [Fact]
    public async Task A_stream_reads_by_event_name_when_its_stored_type_names_are_no_longer_in_the_code()
    {
        var org = TestOrg.New();
        var unit = await platform.ClientFor(org.Submitter);
        var reviewer = await platform.ClientFor(TestUser.Reviewer(org.DepartmentId));
        var flow = new FormFlow(platform);
        var (draft, _) = await Forms.CreateDraft(unit);
        await flow.Submit(unit, draft.Id);
        await flow.WaitForTask(reviewer, draft.Id);

        await using (var connection = new NpgsqlConnection(PostgresOf(platform)))
        {
            await connection.OpenAsync();
            await using var rename = new NpgsqlCommand(
                $"update {platform.Schema}.mt_events set mt_dotnet_type = replace(mt_dotnet_type, 'PerfEval.Domain.Evaluations.', 'PerfEval.Domain.Retired.') where stream_id = @id",
                connection);
            rename.Parameters.AddWithValue("id", draft.Id);
            Assert.True(await rename.ExecuteNonQueryAsync() >= 3);
        }

        // A store that has appended nothing yet knows the event types only from its configuration.
        await using var store = new DocumentStore(EventStoreSetup.StoreBasics(PostgresOf(platform), platform.Schema));
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(draft.Id);

        Assert.Contains(events, e => e.Data is EvaluationSubmitted);
        Assert.Contains(events, e => e.Data is ReviewTaskOpened opened && opened.EvaluationId == draft.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("it-0123abcd")]
    public void The_error_queues_the_readiness_check_inspects_are_those_of_the_worker_consumers(string prefix)
    {
        var options = new PlatformOptions { QueuePrefix = prefix };
        var formatter = ErrorQueues.Formatter(options);

        Assert.Equal(
            [formatter.Consumer<SubmissionIntakeConsumer>(), formatter.Consumer<ReviewNotificationConsumer>()],
            ErrorQueues.ConsumerQueues(options));
    }

    private static string PostgresOf(PlatformFixture fixture) =>
        fixture.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["ConnectionStrings:Postgres"]!;
}
