using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Worker.Notifications;
using PerfEval.Worker.Submissions;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PerfEval.IntegrationTests.Deployment;

/// <summary>
/// PerfEval:QuorumQueues=true (the cluster deployment's setting) declares the consumers' queues as quorum queues.
/// The broker refuses to redeclare a queue with another type, which is how the test reads a queue's type over AMQP.
/// </summary>
public sealed class QuorumQueueTests : IAsyncLifetime
{
    private readonly string _schema = "it_" + Guid.NewGuid().ToString("N")[..12];
    private TestServices? _services;
    private WebApplicationFactory<Program>? _factory;
    private readonly List<string> _queues = [];

    public async Task InitializeAsync()
    {
        _services = await TestServices.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            PlatformFixture.UseTestPlatform(web, _services, _schema);
            web.UseSetting("PerfEval:QuorumQueues", "true");
        });
        _ = _factory.Server;
        var names = _factory.Services.GetRequiredService<IEndpointNameFormatter>();
        _queues.Add(names.Consumer<SubmissionIntakeConsumer>());
        _queues.Add(names.Consumer<ReviewNotificationConsumer>());
    }

    [Fact]
    public async Task Consumer_queues_are_declared_as_quorum_queues()
    {
        await using var connection = await Connect();
        foreach (var queue in _queues)
        {
            // The queue exists (a passive declare of a missing queue fails with 404)...
            await using (var channel = await connection.CreateChannelAsync())
            {
                await channel.QueueDeclarePassiveAsync(queue);
            }

            // ...and is not a classic queue: redeclaring it as one is refused as inequivalent (406).
            await using (var channel = await connection.CreateChannelAsync())
            {
                var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() => channel.QueueDeclareAsync(
                    queue, durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = "classic" }));
                Assert.Equal((ushort)406, refused.ShutdownReason!.ReplyCode);
            }

            await using (var channel = await connection.CreateChannelAsync())
            {
                await channel.QueueDeclareAsync(
                    queue, durable: true, exclusive: false, autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_services is null)
        {
            return;
        }

        // Durable queues stay after the host: remove this run's queues and schema.
        await using (var connection = await Connect())
        {
            foreach (var queue in _queues)
            {
                await using var channel = await connection.CreateChannelAsync();
                await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            }
        }

        await PlatformFixture.DropSchemasAsync(_services, _schema);

        await _services.DisposeAsync();
    }

    private Task<IConnection> Connect() =>
        new ConnectionFactory { Uri = new Uri(_services!.RabbitMq) }.CreateConnectionAsync();
}
