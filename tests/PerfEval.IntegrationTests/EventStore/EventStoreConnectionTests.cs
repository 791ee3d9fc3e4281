using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PerfEval.Domain.Evaluations;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.EventStore;

namespace PerfEval.IntegrationTests.EventStore;

/// <summary>The event store's session defaults: statements prepared once per connection, kept across pool returns.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EventStoreConnectionTests(PlatformFixture fixture)
{
    [Fact]
    public void Defaults_are_added_where_the_configured_string_is_silent()
    {
        var result = new NpgsqlConnectionStringBuilder(
            EventStoreConnection.WithSessionDefaults("Host=db;Database=perfeval;Username=u;Password=p"));

        Assert.Equal(100, result.MaxAutoPrepare);
        Assert.Equal(2, result.AutoPrepareMinUsages);
        Assert.True(result.NoResetOnClose);
        Assert.Equal("-c default_toast_compression=lz4", result.Options);
        Assert.Equal("db", result.Host);
        Assert.Equal("p", result.Password);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false;Auto Prepare Min Usages=5")]
    [InlineData("Host=db;maxautoprepare=0;NORESETONCLOSE=false;autoprepareminusages=5")]
    public void Settings_named_in_the_configured_string_are_kept(string configured)
    {
        var result = new NpgsqlConnectionStringBuilder(EventStoreConnection.WithSessionDefaults(configured));

        Assert.Equal(0, result.MaxAutoPrepare);
        Assert.Equal(5, result.AutoPrepareMinUsages);
        Assert.False(result.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=db;Options=-c search_path=perfeval", "-c search_path=perfeval -c default_toast_compression=lz4")]
    [InlineData("Host=db;Options=-c default_toast_compression=pglz", "-c default_toast_compression=pglz")]
    public void Toast_compression_joins_the_configured_options_unless_they_name_it(string configured, string options)
    {
        var result = new NpgsqlConnectionStringBuilder(EventStoreConnection.WithSessionDefaults(configured));

        Assert.Equal(options, result.Options);
    }

    [Fact]
    public async Task A_forms_snapshot_is_stored_compressed_with_lz4()
    {
        var unit = await fixture.ClientFor(TestOrg.New().Submitter);
        var (draft, _) = await Forms.CreateDraft(unit);

        var store = fixture.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var table = store.Options.Schema.For<Evaluation>();
        var command = new NpgsqlCommand($"select pg_column_compression(data) from {table} where id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = draft.Id });
        await using var reader = await session.ExecuteReaderAsync(command);
        Assert.True(await reader.ReadAsync());
        Assert.Equal("lz4", reader.GetString(0));
    }

    [Fact]
    public async Task The_platform_store_prepares_a_repeated_load_and_keeps_it_after_the_connection_returns_to_the_pool()
    {
        var store = fixture.Services.GetRequiredService<IDocumentStore>();
        var id = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            await using var session = store.QuerySession();
            Assert.Null(await session.LoadAsync<Evaluation>(id));
        }

        // Every pooled connection that ran the load twice holds it prepared; without the defaults none would (auto
        // preparation is off in Npgsql unless asked for), and a reset on return would close it.
        var prepared = 0;
        for (var i = 0; i < 10 && prepared == 0; i++)
        {
            await using var session = store.QuerySession();
            await using var reader = await session.ExecuteReaderAsync(new NpgsqlCommand(
                "select count(*) from pg_prepared_statements where statement like '%mt_doc_evaluation%' and statement like '%where id = $1%'"));
            await reader.ReadAsync();
            prepared = (int)reader.GetInt64(0);
        }

        Assert.True(prepared > 0, "no connection of the platform's pool holds the load by id prepared");
    }
}
