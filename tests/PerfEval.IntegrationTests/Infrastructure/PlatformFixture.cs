using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>
/// The whole platform in one test host (API + async daemon + consumers) against the real PostgreSQL and RabbitMQ,
/// in a database schema and queues of its own that are removed afterwards. Tests keep apart by using their own
/// unit and department ids.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private TestServices? _services;
    private WebApplicationFactory<Program>? _factory;
    private DocumentedAnswers? _answers;

    public string Schema { get; } = "it_" + Guid.NewGuid().ToString("N")[..12];

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public IServiceProvider Services => Factory.Services;

    public ConsumedMessages Consumed { get; } = new();

    public async Task InitializeAsync()
    {
        _services = await TestServices.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            UseTestPlatform(web, _services, Schema);
            web.UseSetting("PerfEval:TemporaryQueues", "true");
            web.UseSetting("Jobs:QueuePollIntervalMilliseconds", "200");
            // The public site's rate limit, low and over a long window, for the test that reaches it from one
            // address; every other request comes from an address of its own (ClientAddresses).
            web.UseSetting("PublicSite:PermitLimit", ClientAddresses.PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("PublicSite:WindowSeconds", "3600");
            // A reverse proxy the platform trusts, for the test of the client address it forwards.
            web.UseSetting("ForwardedHeaders:KnownProxies:0", ClientAddresses.TrustedProxy);
            web.ConfigureServices(services =>
            {
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddresses>();
                services.AddSingleton(Consumed);
                services.AddConsumeObserver<ConsumedMessagesObserver>();
            });
        });
        _ = _factory.Server; // start the host: schema creation, bus, daemon
        using var client = _factory.CreateClient();
        await Eventually.Until(async () =>
            (await client.GetAsync("/health/ready")).IsSuccessStatusCode, "the platform to be ready");
        _answers = await DocumentedAnswers.LoadAsync(client);
    }

    /// <summary>
    /// A client without a token. Like every client of <see cref="ClientFor"/>, it fails the test on an answer that the
    /// operation's OpenAPI document does not list.
    /// </summary>
    public HttpClient AnonymousClient() => Factory.CreateDefaultClient(
        new DocumentedAnswersHandler(_answers ?? throw new InvalidOperationException("Not started.")));

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_services is not null)
        {
            await DropSchemasAsync(_services, Schema);
            await _services.DisposeAsync();
        }
    }

    /// <summary>Drops a test host's schemas (the event store's and Hangfire's) when the host is done.</summary>
    public static async Task DropSchemasAsync(TestServices services, string schema)
    {
        await using var connection = new NpgsqlConnection(services.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand(
            $"drop schema if exists {schema} cascade; drop schema if exists {schema}_hangfire cascade", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The settings every test host of the platform takes: the test servers, a schema and queue prefix of its own,
    /// the worker side in the process, dev tokens, and a bus that is started before the host answers.
    /// </summary>
    public static void UseTestPlatform(IWebHostBuilder web, TestServices services, string schema)
    {
        web.UseEnvironment("Testing");
        web.UseSetting("ConnectionStrings:Postgres", services.Postgres);
        web.UseSetting("ConnectionStrings:RabbitMq", services.RabbitMq);
        web.UseSetting("PerfEval:Schema", schema);
        web.UseSetting("PerfEval:RunWorker", "true");
        web.UseSetting("PerfEval:QueuePrefix", schema.Replace('_', '-'));
        web.UseSetting("Auth:DevTokens", "true");
        web.UseSetting("Auth:SigningKey", "integration-tests-signing-key-0123456789abcdef");
        web.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        web.ConfigureServices(s =>
            s.AddOptions<MassTransitHostOptions>().Configure(o => o.WaitUntilStarted = true));
    }

    /// <summary>An HTTP client with a dev token for the given user.</summary>
    public async Task<HttpClient> ClientFor(TestUser user)
    {
        var client = AnonymousClient();
        var response = await client.PostAsJsonAsync("/api/auth/dev-token", new
        {
            userId = user.Id,
            name = user.Name,
            roles = user.Roles,
            unitId = user.UnitId,
            departmentIds = user.DepartmentIds,
        });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}

/// <summary>Messages the test host's consumers have finished with, by message id.</summary>
public sealed class ConsumedMessages
{
    private readonly ConcurrentDictionary<Guid, int> _counts = new();

    public void Record(Guid? messageId)
    {
        if (messageId is { } id)
        {
            _counts.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
    }

    public int Count(Guid messageId) => _counts.TryGetValue(messageId, out var n) ? n : 0;
}

public sealed class ConsumedMessagesObserver(ConsumedMessages consumed) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        consumed.Record(context.MessageId);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
