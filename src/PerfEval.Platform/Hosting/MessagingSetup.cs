using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Health;
using PerfEval.Platform.Messaging;

namespace PerfEval.Platform.Hosting;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit on RabbitMQ. Every process has the bus (the readiness check reports on it); the consumers are the
    /// background side's. Consumers retry with back-off; what still fails goes to the consumer's
    /// _error queue, where operators see it.
    /// </summary>
    public static IServiceCollection AddMessaging(
        this IServiceCollection services, IConfiguration configuration, PlatformOptions platform, IBackgroundSide? background)
    {
        var broker = RabbitMqAddress.Parse(configuration.RequiredConnectionString(ConnectionNames.RabbitMq));

        services.AddMassTransit(bus =>
        {
            // MassTransit reports the bus's configuration to its vendor over the internet unless told not to: a finance
            // bureau's platform sends nothing out of its network (and where the internet is closed off, each attempt
            // would only log a failure).
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(ErrorQueues.Formatter(platform));
            bus.AddConsumeObserver<DeliveryLog>();
            bus.AddReceiveObserver<DeliveryLog>();
            background?.AddConsumers(bus);

            if (platform.TemporaryQueues && platform.QuorumQueues)
            {
                throw new InvalidOperationException(
                    "PerfEval:TemporaryQueues and PerfEval:QuorumQueues exclude each other: quorum queues are durable.");
            }

            if (platform.TemporaryQueues || platform.QuorumQueues)
            {
                bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                {
                    if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        return;
                    }

                    if (platform.TemporaryQueues)
                    {
                        rabbit.AutoDelete = true;
                        rabbit.Durable = false;
                    }
                    else
                    {
                        // Replicated on a RabbitMQ cluster (the broker's default replication factor).
                        rabbit.SetQuorumQueue();
                    }
                });
            }

            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(broker.Host, broker.Port, broker.VirtualHost, h =>
                {
                    h.Username(broker.Username);
                    h.Password(broker.Password);
                });
                cfg.UseMessageRetry(retry =>
                {
                    retry.Handle<JasperFx.ConcurrencyException>();
                    // A database outage reaches the consumer wrapped (MartenCommandException around the Npgsql
                    // error): the filter looks through the wrappers.
                    retry.Handle<Exception>(DatabaseOutage.IsCause);
                    // Consumers of one submission append to the same stream; a conflict resolves on the first quick
                    // retry. Longer waits are for a database that is away, e.g. restarting: about a minute in all
                    // before the message goes to the error queue.
                    retry.Intervals(10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000);
                });
                cfg.ConfigureEndpoints(context);
            });
        });

        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }
}
