using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfEval.Domain.Evaluations;
using PerfEval.Platform.Configuration;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Platform.Messaging;

/// <summary>
/// The one path from the event store to RabbitMQ: a Marten subscription run by the async daemon. It sees only
/// committed events, in order, and publishes each as its contract with the event's id as the message id. If a
/// publish fails the daemon retries the page, so delivery is at least once; consumers deduplicate.
/// </summary>
public sealed class EventForwarder : SubscriptionBase
{
    public const string SubscriptionName = "bus-forwarder";

    private readonly IBus _bus;
    private readonly ILogger<EventForwarder> _logger;
    private readonly TimeSpan _publishTimeout;

    public EventForwarder(IBus bus, IOptions<PlatformOptions> options, ILogger<EventForwarder> logger)
    {
        _bus = bus;
        _logger = logger;
        _publishTimeout = TimeSpan.FromSeconds(options.Value.PublishTimeoutSeconds);
        Name = SubscriptionName;
        foreach (var type in IntegrationEvents.ForwardedEventTypes)
        {
            IncludeType(type);
        }
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken ct)
    {
        // A dead broker must not hang the daemon: the page fails after the timeout and is retried.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_publishTimeout);

        var formIds = page.Events.Where(IntegrationEvents.NeedsForm).Select(e => e.StreamId).Distinct().ToArray();
        var forms = formIds.Length == 0
            ? new Dictionary<Guid, Evaluation>()
            : (await operations.LoadManyAsync<Evaluation>(timeout.Token, formIds)).ToDictionary(f => f.Id);

        // Publishing a page concurrently keeps up with bulk submission; consumers rely on version checks,
        // not on arrival order.
        await Task.WhenAll(page.Events.Select(e =>
            PublishAsync(e, forms.GetValueOrDefault(e.StreamId), timeout.Token)));
        return NoChanges.Instance;
    }

    private async Task PublishAsync(IEvent e, Evaluation? form, CancellationToken ct)
    {
        if (IntegrationEvents.ToContract(e, form) is not { } message)
        {
            return;
        }

        using (SerilogContext.PushProperty("CorrelationId", e.CorrelationId))
        {
            await _bus.Publish(message, message.GetType(), context =>
            {
                context.MessageId = e.Id;
                context.Headers.Set(MessageHeaders.CorrelationId, e.CorrelationId);
            }, ct);
            _logger.LogDebug(
                "Forwarded {EventType} of stream {StreamId} version {Version}", e.EventTypeName, e.StreamId, e.Version);
        }
    }

    private sealed class NoChanges : IChangeListener
    {
        public static readonly NoChanges Instance = new();

        public Task AfterCommitAsync(IDocumentSession session, Marten.Services.IChangeSet commit, CancellationToken token) =>
            Task.CompletedTask;

        public Task BeforeCommitAsync(IDocumentSession session, Marten.Services.IChangeSet commit, CancellationToken token) =>
            Task.CompletedTask;
    }
}
