using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Messaging;
using RabbitMQ.Client.Exceptions;

namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// One test's platform on the private servers: its own schema and queue prefix, the API in a test host (no worker
/// side) and real worker processes. Disposing it kills the workers and stops the host, whatever the test's outcome.
/// </summary>
public sealed class Scenario : IAsyncDisposable
{
    private readonly List<WorkerProcess> _workers = [];
    private readonly DirectoryInfo _logs = Directory.CreateTempSubdirectory("perfeval-fault-logs-");
    private WebApplicationFactory<Program>? _api;

    public Scenario(FaultFixture servers)
    {
        Servers = servers;
        Schema = "ft_" + Guid.NewGuid().ToString("N")[..10];
        Platform = new PlatformOptions { Schema = Schema, QueuePrefix = Schema.Replace('_', '-') };
        var suffix = Guid.NewGuid().ToString("N")[..8];
        Org = ($"unit-{suffix}", $"dept-{suffix}");
    }

    public FaultFixture Servers { get; }

    public string Schema { get; }

    public PlatformOptions Platform { get; }

    public (string UnitId, string DepartmentId) Org { get; }

    public string IntakeQueue => ErrorQueues.ConsumerQueues(Platform)[0];

    public IReadOnlyList<WorkerProcess> Workers => _workers;

    public WebApplicationFactory<Program> Api => _api ?? throw new InvalidOperationException("The API is not started.");

    private Dictionary<string, string> Settings(string application) => new()
    {
        ["ConnectionStrings:Postgres"] = Servers.Postgres.ConnectionString(application),
        ["ConnectionStrings:RabbitMq"] = Servers.Rabbit.ConnectionString,
        ["PerfEval:Schema"] = Schema,
        ["PerfEval:QueuePrefix"] = Platform.QueuePrefix,
        ["PerfEval:PublishTimeoutSeconds"] = "5",
        ["Jobs:QueuePollIntervalMilliseconds"] = "200",
        ["Serilog:MinimumLevel:Default"] = "Warning",
        ["Serilog:MinimumLevel:Override:PerfEval"] = "Information",
        ["Serilog:MinimumLevel:Override:PerfEval.Platform.Messaging.DeliveryLog"] = "Debug",
        ["Serilog:MinimumLevel:Override:PerfEval.Worker.Forwarding.EventForwarder"] = "Debug",
    };

    /// <summary>The API in a test host; waits until it answers ready.</summary>
    public async Task StartApiAsync()
    {
        _api = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            foreach (var (key, value) in Settings("perfeval-api"))
            {
                web.UseSetting(key, value);
            }

            web.UseSetting("PerfEval:RunWorker", "false");
            // The tests assert every answer themselves; the host's per-request error logs (hundreds during an
            // outage, with stack traces) would only bury the test output.
            web.UseSetting("Serilog:MinimumLevel:Override:PerfEval", "Warning");
            web.UseSetting("Serilog:MinimumLevel:Override:PerfEval.Api.Http.ExceptionProblems", "Fatal");
            web.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Fatal");
            web.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Extensions.Diagnostics.HealthChecks", "Fatal");
            web.UseSetting("Serilog:MinimumLevel:Override:Marten", "Fatal");
            web.UseSetting("Auth:DevTokens", "true");
            web.UseSetting("Auth:SigningKey", "fault-tests-signing-key-0123456789abcdef0123");
        });
        _ = _api.Server;
        using var client = _api.CreateClient();
        await Eventually.Until(async () => (await client.GetAsync("/health/ready")).IsSuccessStatusCode,
            "the API to be ready", TimeSpan.FromSeconds(90),
            async () => await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }

    /// <summary>A worker process; waits until its consumers are on the intake queue.</summary>
    public async Task<WorkerProcess> StartWorkerAsync(string name, string daemonMode = "Solo", int consumersAfter = 1)
    {
        var settings = Settings(name);
        settings["PerfEval:DaemonMode"] = daemonMode;
        var worker = WorkerProcess.Start(name, settings, _logs.FullName);
        _workers.Add(worker);
        await Eventually.Until(async () => !worker.HasExited && await ConsumersOn(IntakeQueue) >= consumersAfter,
            $"worker {name} to consume from {IntakeQueue}", TimeSpan.FromSeconds(90),
            () => Task.FromResult(Tail(worker)));
        return worker;
    }

    /// <summary>
    /// For a timeout's message: the consumers' queues (messages ready, consumers) and the platform's database sessions
    /// that are not idle, with what they wait for, so a stalled consumer shows whether it waits on the broker or on
    /// the database.
    /// </summary>
    public async Task<string> DiagnoseAsync()
    {
        var text = new System.Text.StringBuilder("\n--- queues (ready, consumers) ---\n");
        foreach (var queue in ErrorQueues.ConsumerQueues(Platform))
        {
            var (ready, consumers) = await QueueState(queue);
            text.Append(CultureInfo.InvariantCulture, $"{queue}: {ready}, {consumers}\n");
        }

        text.Append("--- database sessions not idle ---\n");
        try
        {
            await using var connection = await OpenDatabaseAsync();
            await using var command = new NpgsqlCommand(
                "select pid, state, coalesce(wait_event_type || ':' || wait_event, ''), " +
                "coalesce(extract(epoch from now() - xact_start)::int, -1), left(query, 120) " +
                "from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()",
                connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.Append(CultureInfo.InvariantCulture, $"{reader.GetInt32(0)} {reader.GetString(1)} {reader.GetString(2)} {reader.GetInt32(3)}s: {reader.GetString(4)}\n");
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            text.Append(CultureInfo.InvariantCulture, $"(could not read: {e.Message})\n");
        }

        return text.ToString();
    }

    public static string Tail(WorkerProcess worker, int lines = 30) =>
        $"\n--- last lines of {worker.Name} (exited: {worker.HasExited}) ---\n" +
        string.Join('\n', worker.Lines.TakeLast(lines));

    public string Tails() => string.Concat(_workers.Select(w => Tail(w)));

    /// <summary>(messages ready, consumers) of a queue by passive declare; (0, 0) when it does not exist.</summary>
    public async Task<(uint Messages, uint Consumers)> QueueState(string queue)
    {
        try
        {
            await using var connection = await Servers.Rabbit.ConnectAsync();
            await using var channel = await connection.CreateChannelAsync();
            var ok = await channel.QueueDeclarePassiveAsync(queue);
            return (ok.MessageCount, ok.ConsumerCount);
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return (0, 0);
        }
        catch (BrokerUnreachableException)
        {
            return (0, 0);
        }
    }

    private async Task<uint> ConsumersOn(string queue) => (await QueueState(queue)).Consumers;

    public async Task<HttpClient> ClientFor(string userId, string[] roles, string? unitId = null, string[]? departments = null)
    {
        var client = Api.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/dev-token", new
        {
            userId,
            name = userId,
            roles,
            unitId,
            departmentIds = departments ?? [],
        });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> UnitClient() =>
        ClientFor($"user-{Org.UnitId}", ["unit"], Org.UnitId, [Org.DepartmentId]);

    public Task<HttpClient> ManagerClient() => ClientFor($"manager-{Schema}", ["manager"]);

    /// <summary>Drafts and submits forms through the API, several at a time; returns the submitted forms' ids.</summary>
    public async Task<IReadOnlyList<Guid>> SubmitFormsAsync(HttpClient unit, int count, int parallel = 8)
    {
        var ids = new ConcurrentBag<Guid>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (_, ct) => ids.Add(await SubmitOneAsync(unit, ct)));
        return ids.ToArray();
    }

    public static async Task<Guid> SubmitOneAsync(HttpClient unit, CancellationToken ct = default)
    {
        var id = await CreateDraftAsync(unit, ct);
        var submitted = await unit.PostAsync($"/api/evaluations/{id}/submit", null, ct);
        if (!submitted.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Submitting {id} answered {(int)submitted.StatusCode}: {await submitted.Content.ReadAsStringAsync(ct)}");
        }

        return id;
    }

    public static async Task<Guid> CreateDraftAsync(HttpClient unit, CancellationToken ct = default)
    {
        using var content = new ByteArrayContent(SampleForm);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var created = await unit.PostAsync("/api/evaluations", content, ct);
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Creating a draft answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync(ct)}");
        }

        return (await created.Content.ReadFromJsonAsync<Created>(ct))!.Id;
    }

    public static readonly byte[] SampleForm =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "form.json"));

    public async Task<NpgsqlConnection> OpenDatabaseAsync() => await Servers.Postgres.OpenAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        if (_api is not null)
        {
            try
            {
                await _api.DisposeAsync();
            }
            catch (Exception)
            {
                // A host whose servers were restarted under it may fail to stop cleanly; it is gone either way.
            }
        }

        try
        {
            // PERFEVAL_FAULT_KEEP_LOGS=1 keeps the workers' whole logs (their tails are in a failure's message).
            if (Environment.GetEnvironmentVariable("PERFEVAL_FAULT_KEEP_LOGS") != "1")
            {
                _logs.Delete(recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }

    private sealed record TokenResponse(string AccessToken);

    private sealed record Created(Guid Id);
}
