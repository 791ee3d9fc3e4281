using Microsoft.Extensions.Diagnostics.HealthChecks;
using PerfEval.Platform.Configuration;
using PerfEval.Platform.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PerfEval.Platform.Health;

/// <summary>
/// Poison messages made visible: counts the messages waiting in each consumer's _error queue (a passive declare, so
/// nothing is created or consumed) and reports Degraded, naming the queues, while any holds one. Degraded keeps the
/// process ready: a poison message needs an operator, not a restart.
/// </summary>
public sealed class ErrorQueueHealthCheck(RabbitMqAddress broker, PlatformOptions platform) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
            ClientProvidedName = "perfeval-health",
        };

        var counts = new Dictionary<string, object>();
        try
        {
            await using var connection = await factory.CreateConnectionAsync(ct);
            foreach (var queue in ErrorQueues.For(platform))
            {
                counts[queue] = await MessagesIn(connection, queue, ct);
            }
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or IOException
                                       or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Degraded("The error queues could not be inspected: " + e.Message, e);
        }

        var poisoned = counts.Where(c => (uint)c.Value > 0).Select(c => $"{c.Key} ({c.Value})").ToArray();
        return poisoned.Length == 0
            ? HealthCheckResult.Healthy("No poison messages.", counts)
            : HealthCheckResult.Degraded(
                "Poison messages wait in " + string.Join(", ", poisoned) +
                "; the worker's log names each one ('Poison message ...').", data: counts);
    }

    private static async Task<uint> MessagesIn(IConnection connection, string queue, CancellationToken ct)
    {
        // A passive declare of a queue that does not exist closes the channel with 404: no error queue, no poison.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
