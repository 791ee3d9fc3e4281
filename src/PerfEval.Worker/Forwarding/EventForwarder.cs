using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Options;
using PerfEval.Domain.Evaluations;
using PerfEval.Domain.Rectification;
using PerfEval.Domain.Targets;
using PerfEval.Platform.Configuration;
using MessageHeaders = PerfEval.Platform.Messaging.MessageHeaders;
using SerilogContext = Serilog.Context.LogContext;

namespace PerfEval.Worker.Forwarding;

/// <summary>
/// The one path from the event store to RabbitMQ: a Marten subscription run by the async daemon. It sees only
/// committed events, in order, and publishes each as its contract with the event's id as the message id. A page
/// is finished only when all of it is published (failed publishes are retried until the broker takes them), so
/// delivery is at least once and nothing is skipped while RabbitMQ is down; consumers deduplicate.
/// <para>
/// RabbitMQ drops a message that no queue is bound to receive, and the consumers' queues are bound by their receive
/// endpoints when the bus starts, concurrently with the daemon. So the forwarder publishes nothing before this
/// process's bus reports healthy (its endpoints ready), and publishes as mandatory: a message the broker cannot route
/// anywhere is returned, counts as failed and is published again, rather than lost.
/// </para>
/// </summary>
public sealed class EventForwarder : SubscriptionBase
{
    public const string SubscriptionName = "bus-forwarder";

    private readonly IBus _bus;
    private readonly BusReadiness _busReadiness;
    private readonly ILogger<EventForwarder> _logger;
    private readonly TimeSpan _publishTimeout;
    private readonly ForwarderActivity _activity;

    public EventForwarder(
        IBus bus,
        IBusControl busControl,
        IOptions<PlatformOptions> options,
        ForwarderActivity activity,
        ILogger<EventForwarder> logger)
    {
        _bus = bus;
        _busReadiness = new BusReadiness(busControl.CheckHealth, logger);
        _activity = activity;
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
        await _busReadiness.WaitAsync(ct);
        _activity.PageStarted();
        try
        {
            await ForwardAsync(page, operations, ct);
        }
        finally
        {
            _activity.PageFinished();
        }

        return NoChanges.Instance;
    }

    private async Task ForwardAsync(EventRange page, IDocumentOperations operations, CancellationToken ct)
    {
        var formIds = page.Events.Where(IntegrationEvents.NeedsForm).Select(e => e.StreamId).Distinct().ToArray();
        var forms = formIds.Length == 0
            ? new Dictionary<Guid, Evaluation>()
            : (await operations.LoadManyAsync<Evaluation>(ct, formIds)).ToDictionary(f => f.Id);
        var targetIds = page.Events.Where(IntegrationEvents.NeedsTargets).Select(e => e.StreamId).Distinct().ToArray();
        var targets = targetIds.Length == 0
            ? new Dictionary<Guid, TargetDeclaration>()
            : (await operations.LoadManyAsync<TargetDeclaration>(ct, targetIds)).ToDictionary(t => t.Id);
        var noticeIds = page.Events.Where(IntegrationEvents.NeedsRectification).Select(e => e.StreamId).Distinct().ToArray();
        var notices = noticeIds.Length == 0
            ? new Dictionary<Guid, RectificationNotice>()
            : (await operations.LoadManyAsync<RectificationNotice>(ct, noticeIds)).ToDictionary(n => n.Id);

        // The page is done only when every event of it is on the broker: while RabbitMQ is away the forwarder keeps
        // retrying what failed and never returns, so the daemon cannot advance its position past an event that was
        // not published. Only what failed is published again; consumers deduplicate what a lost confirm repeats.
        List<IEvent> pending = [.. page.Events];
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            pending = await PublishPageAsync(pending, forms, targets, notices, ct);
            if (pending.Count > 0)
            {
                var delay = RetryDelay(attempt);
                _logger.LogWarning(
                    "Could not publish {Pending} of {Total} events of the page ending at sequence {Sequence} " +
                    "(attempt {Attempt}); retrying in {Delay} s",
                    pending.Count, page.Events.Count, page.SequenceCeiling, attempt, delay.TotalSeconds);
                await Task.Delay(delay, ct);
            }
        }
    }

    /// <summary>Publishes the events concurrently and returns those that failed or timed out.</summary>
    private async Task<List<IEvent>> PublishPageAsync(
        IReadOnlyList<IEvent> events,
        IReadOnlyDictionary<Guid, Evaluation> forms,
        IReadOnlyDictionary<Guid, TargetDeclaration> targets,
        IReadOnlyDictionary<Guid, RectificationNotice> notices,
        CancellationToken ct)
    {
        // A dead broker must not hang the daemon: an attempt gives up after the timeout and is retried.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_publishTimeout);

        // Publishing a page concurrently keeps up with bulk submission; consumers rely on version checks,
        // not on arrival order.
        var attempts = events.Select(async e =>
        {
            try
            {
                await PublishAsync(
                    IntegrationEvents.ToContract(
                        e, forms.GetValueOrDefault(e.StreamId), targets.GetValueOrDefault(e.StreamId), notices.GetValueOrDefault(e.StreamId)),
                    e,
                    timeout.Token);
                return (Event: e, Error: (Exception?)null);
            }
            catch (Exception error) when (!ct.IsCancellationRequested)
            {
                return (Event: e, Error: error);
            }
        }).ToArray();
        var results = await Task.WhenAll(attempts);

        var failed = results.Where(r => r.Error is not null).ToList();
        if (failed.Count > 0)
        {
            _logger.LogWarning(failed[0].Error, "Publishing to RabbitMQ failed for {Failed} events", failed.Count);
        }

        return failed.Select(r => r.Event).ToList();
    }

    private static TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(250 * Math.Pow(2, attempt - 1), 5_000));

    private async Task PublishAsync(object? message, IEvent e, CancellationToken ct)
    {
        if (message is null)
        {
            return;
        }

        using (SerilogContext.PushProperty("CorrelationId", e.CorrelationId))
        {
            await _bus.Publish(message, message.GetType(), context => Stamp(context, e.Id, e.CorrelationId), ct);
            _logger.LogDebug(
                "Forwarded {EventType} of stream {StreamId} version {Version}", e.EventTypeName, e.StreamId, e.Version);
        }
    }

    /// <summary>
    /// The event's id as the message id (consumers deduplicate by it), its correlation id, and the mandatory flag:
    /// RabbitMQ returns a message no queue is bound for, which fails the publish instead of dropping the message.
    /// </summary>
    public static void Stamp(SendContext context, Guid eventId, string? correlationId)
    {
        context.MessageId = eventId;
        context.Headers.Set(MessageHeaders.CorrelationId, correlationId);
        if (context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
        {
            rabbit.Mandatory = true;
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
