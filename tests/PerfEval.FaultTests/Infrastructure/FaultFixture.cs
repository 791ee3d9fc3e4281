namespace PerfEval.FaultTests.Infrastructure;

/// <summary>
/// The private PostgreSQL and RabbitMQ servers, started once for the collection and removed afterwards. Each test
/// keeps to a schema and queue prefix of its own and leaves both servers running when it ends.
/// </summary>
public sealed class FaultFixture : IAsyncLifetime
{
    private PrivatePostgres? _postgres;
    private PrivateRabbitMq? _rabbit;

    public PrivatePostgres Postgres => _postgres ?? throw new InvalidOperationException("Not started.");

    public PrivateRabbitMq Rabbit => _rabbit ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var postgres = PrivatePostgres.StartAsync();
        var rabbit = PrivateRabbitMq.StartAsync();
        try
        {
            await Task.WhenAll(postgres, rabbit);
        }
        catch
        {
            // A fixture that fails to start is not disposed by xunit: whichever server did start goes now.
            if (postgres.IsCompletedSuccessfully)
            {
                await postgres.Result.DisposeAsync();
            }

            if (rabbit.IsCompletedSuccessfully)
            {
                await rabbit.Result.DisposeAsync();
            }

            throw;
        }

        _postgres = postgres.Result;
        _rabbit = rabbit.Result;
    }

    public async Task DisposeAsync()
    {
        if (_rabbit is not null)
        {
            await _rabbit.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultCollection : ICollectionFixture<FaultFixture>
{
    public const string Name = "faults";
}
