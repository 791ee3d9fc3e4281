using MassTransit;
using PerfEval.IntegrationTests.Infrastructure;
using PerfEval.Platform.Messaging;
using PerfEval.Worker.Forwarding;

namespace PerfEval.IntegrationTests.Worker;

/// <summary>
/// The forwarder's publish settings on the real broker: RabbitMQ drops a message that no queue is bound to receive,
/// unless it is published as mandatory, when it returns it and the publish fails (and the forwarder retries it).
/// </summary>
public sealed class ForwarderPublishTests : IAsyncLifetime
{
    private TestServices? _services;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    [Fact]
    public async Task A_forwarded_message_no_queue_is_bound_for_fails_to_publish_instead_of_being_dropped()
    {
        var bus = CreateBus(_ => { });
        await bus.StartAsync();
        try
        {
            // Without the forwarder's settings the broker accepts the message and drops it: the publish succeeds.
            await bus.Publish(new UnboundProbe(Guid.NewGuid()));

            var eventId = Guid.NewGuid();
            await Assert.ThrowsAsync<MessageReturnedException>(() =>
                bus.Publish(new UnboundProbe(eventId), c => EventForwarder.Stamp(c, eventId, "correlation")));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    [Fact]
    public async Task A_forwarded_message_reaches_a_bound_queue_with_the_events_id_and_correlation()
    {
        var received = new TaskCompletionSource<ConsumeContext<BoundProbe>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = CreateBus(cfg => cfg.ReceiveEndpoint(new TemporaryEndpointDefinition(), e => e.Handler<BoundProbe>(context =>
        {
            received.TrySetResult(context);
            return Task.CompletedTask;
        })));
        await bus.StartAsync();
        try
        {
            var eventId = Guid.NewGuid();
            await bus.Publish(new BoundProbe(eventId), c => EventForwarder.Stamp(c, eventId, "correlation-1"));

            var context = await received.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(eventId, context.MessageId);
            Assert.Equal(eventId, context.Message.Id);
            Assert.Equal("correlation-1", context.Headers.Get<string>(PerfEval.Platform.Messaging.MessageHeaders.CorrelationId));
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    private IBusControl CreateBus(Action<IRabbitMqBusFactoryConfigurator> configure)
    {
        var broker = RabbitMqAddress.Parse(_services!.RabbitMq);
        return Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.Host, broker.Port, broker.VirtualHost, h =>
            {
                h.Username(broker.Username);
                h.Password(broker.Password);
            });
            configure(cfg);
        });
    }

    /// <summary>A message type nothing in the platform or the tests consumes.</summary>
    public sealed record UnboundProbe(Guid Id);

    public sealed record BoundProbe(Guid Id);
}
