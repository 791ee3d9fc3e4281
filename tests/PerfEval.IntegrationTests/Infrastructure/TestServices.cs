using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace PerfEval.IntegrationTests.Infrastructure;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ for the tests are: the connection strings in PERFEVAL_TEST_POSTGRES and
/// PERFEVAL_TEST_RABBITMQ (set by deploy/local/test.sh), or containers started with Testcontainers where a Docker
/// engine exists. Neither: the tests fail with the way to fix it.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly PostgreSqlContainer? _postgres;
    private readonly RabbitMqContainer? _rabbit;

    private TestServices(string postgres, string rabbitMq, PostgreSqlContainer? pg = null, RabbitMqContainer? mq = null)
    {
        Postgres = postgres;
        RabbitMq = rabbitMq;
        _postgres = pg;
        _rabbit = mq;
    }

    public string Postgres { get; }
    public string RabbitMq { get; }

    public static async Task<TestServices> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("PERFEVAL_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("PERFEVAL_TEST_RABBITMQ");
        if (!string.IsNullOrWhiteSpace(postgres) && !string.IsNullOrWhiteSpace(rabbit))
        {
            return new TestServices(postgres, rabbit);
        }

        try
        {
            var pg = new PostgreSqlBuilder("postgres:15").Build();
            var mq = new RabbitMqBuilder("rabbitmq:3-management").Build();
            await Task.WhenAll(pg.StartAsync(), mq.StartAsync());
            return new TestServices(pg.GetConnectionString(), mq.GetConnectionString(), pg, mq);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                "The integration tests need PostgreSQL and RabbitMQ. Run them with deploy/local/test.sh (which starts " +
                "both on this machine and sets PERFEVAL_TEST_POSTGRES and PERFEVAL_TEST_RABBITMQ), set those two " +
                "variables yourself, or run where a Docker engine is available for Testcontainers. " +
                $"Starting containers failed: {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_rabbit is not null)
        {
            await _rabbit.DisposeAsync();
        }
    }
}
