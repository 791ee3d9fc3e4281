namespace PerfEval.Platform.Messaging;

/// <summary>The parts of an amqp:// connection string (amqp://user:password@host:port/vhost).</summary>
public sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static RabbitMqAddress Parse(string connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) ||
            uri.Scheme is not ("amqp" or "amqps" or "rabbitmq"))
        {
            throw new InvalidOperationException(
                "The RabbitMQ connection string must look like amqp://user:password@host:5672/vhost.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var user = Uri.UnescapeDataString(credentials[0] is { Length: > 0 } u ? u : "guest");
        var password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var port = uri.IsDefaultPort || uri.Port <= 0 ? (ushort)5672 : (ushort)uri.Port;
        return new RabbitMqAddress(uri.Host, port, vhost.Length == 0 ? "/" : vhost, user, password);
    }
}
